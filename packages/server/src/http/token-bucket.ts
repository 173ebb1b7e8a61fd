// Token buckets by key, in memory. Each key holds up to `capacity` tokens and gets
// `refillPerSecond` back continuously; a request takes one. Buckets that have refilled to full are
// dropped on a sweep, so memory follows the callers active in the last few minutes.
export interface TokenBucketOptions {
  capacity: number;
  refillPerSecond: number;
  /** Milliseconds; tests move it. */
  now?: () => number;
}

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

const SWEEP_EVERY = 1_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private takes = 0;

  constructor(private readonly options: TokenBucketOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  get size(): number {
    return this.buckets.size;
  }

  take(key: string): Take {
    const now = this.now();
    if (++this.takes % SWEEP_EVERY === 0) this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.options.capacity, at: now };
    bucket.tokens = this.level(bucket, now);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    const seconds = (1 - bucket.tokens) / this.options.refillPerSecond;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(seconds)) };
  }

  private level(bucket: Bucket, now: number): number {
    const refill = ((now - bucket.at) / 1000) * this.options.refillPerSecond;
    return Math.min(this.options.capacity, bucket.tokens + refill);
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (this.level(bucket, now) >= this.options.capacity) this.buckets.delete(key);
    }
  }
}
