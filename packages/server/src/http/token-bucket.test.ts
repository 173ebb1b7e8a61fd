import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-bucket.ts';

describe('TokenBuckets', () => {
  it('allows a burst, then one request per refill, and says how long to wait', () => {
    let now = 0;
    const buckets = new TokenBuckets({ capacity: 3, refillPerSecond: 0.5, now: () => now });
    expect([1, 2, 3].map(() => buckets.take('a').ok)).toEqual([true, true, true]);
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(buckets.take('b').ok).toBe(true); // another caller has its own bucket
    now = 2_000;
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
  });

  it('forgets callers whose bucket refilled, so memory follows the active ones', () => {
    let now = 0;
    const buckets = new TokenBuckets({ capacity: 2, refillPerSecond: 1, now: () => now });
    for (let i = 0; i < 999; i++) buckets.take(`ip-${i}`);
    expect(buckets.size).toBe(999);
    now = 10_000;
    buckets.take('late'); // the 1,000th take sweeps
    expect(buckets.size).toBe(1);
  });
});
