// Delivers the outbox: every `intervalMs` it claims due rows (see outbox.repository.ts) and hands
// each to the handler for its kind. A failure is retried with exponential backoff and jitter
// (baseDelayMs, 2×, 4×, … up to maxDelayMs) until maxAttempts, then the row is `dead` with its last
// error. Several processes may run a worker on one database: a row is claimed by one at a time.
// A worker that dies mid-delivery leaves its claim to expire after leaseMs; the row is then sent
// again, so delivery is at least once (emails carry a stable Message-ID, webhooks an id header,
// for receivers that deduplicate).
import { randomUUID } from 'node:crypto';
import type { Store } from '../db/database.ts';
import type { OutboxKind, OutboxRow } from '../db/schema.ts';
import { claimDue, markFailed, markSent } from './outbox.repository.ts';

export type OutboxHandler = (row: OutboxRow, payload: Record<string, unknown>) => Promise<void>;

export interface OutboxWorkerOptions {
  handlers: Partial<Record<OutboxKind, OutboxHandler>>;
  /** Run at the start of every round, e.g. turning new changes into webhook deliveries. */
  relays?: ((at: string) => Promise<unknown>)[];
  intervalMs?: number;
  leaseMs?: number;
  batchSize?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  now?: () => Date;
  log?: (line: string) => void;
}

export function retryDelayMs(attempt: number, baseMs: number, maxMs: number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  // Half fixed, half random: spread retries out without ever retrying at once.
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

export class OutboxWorker {
  readonly id = randomUUID();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;
  private readonly o: Required<Omit<OutboxWorkerOptions, 'handlers' | 'relays'>>;

  constructor(
    private readonly store: Store,
    private readonly options: OutboxWorkerOptions,
  ) {
    this.o = {
      intervalMs: options.intervalMs ?? 1000,
      leaseMs: options.leaseMs ?? 60_000,
      batchSize: options.batchSize ?? 10,
      maxAttempts: options.maxAttempts ?? 8,
      baseDelayMs: options.baseDelayMs ?? 5_000,
      maxDelayMs: options.maxDelayMs ?? 3_600_000,
      now: options.now ?? (() => new Date()),
      log: options.log ?? console.log,
    };
  }

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => 0);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce();
      void this.running
        .catch((err: unknown) => this.o.log(`outbox: ${String(err)}`))
        .finally(() => this.schedule());
    }, this.o.intervalMs);
    this.timer.unref();
  }

  /** One round: claim a batch and deliver it. Returns how many rows were delivered. */
  async runOnce(): Promise<number> {
    for (const relay of this.options.relays ?? []) await relay(this.o.now().toISOString());
    const kinds = Object.keys(this.options.handlers) as OutboxKind[];
    const rows = await claimDue(this.store, {
      workerId: this.id,
      kinds,
      now: this.o.now(),
      leaseMs: this.o.leaseMs,
      limit: this.o.batchSize,
    });
    let delivered = 0;
    for (const row of rows) {
      if (await this.deliver(row)) delivered += 1;
    }
    return delivered;
  }

  private async deliver(row: OutboxRow): Promise<boolean> {
    const handler = this.options.handlers[row.kind];
    try {
      if (!handler) throw new Error(`no handler for ${row.kind}`);
      await handler(row, JSON.parse(row.payload) as Record<string, unknown>);
      await markSent(this.store.db, row, this.o.now().toISOString());
      return true;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const attempts = Number(row.attempts);
      const retryAt =
        attempts >= this.o.maxAttempts
          ? null
          : new Date(
              this.o.now().getTime() +
                retryDelayMs(attempts, this.o.baseDelayMs, this.o.maxDelayMs),
            ).toISOString();
      await markFailed(this.store.db, row, message, retryAt);
      if (retryAt === null) {
        this.o.log(
          `outbox: gave up on ${row.kind} ${row.id} after ${attempts} attempts: ${message}`,
        );
      }
      return false;
    }
  }
}
