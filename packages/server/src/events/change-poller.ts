// One poller per store and process: it reads new rows of `changes` every `intervalMs` while at
// least one client listens, and hands each batch to every subscriber (fan-out). Every process
// polls the shared table, so each process's clients see every change, whoever wrote it.
import type { Store } from '../db/database.ts';
import { latestSeq, readChangesAfter, type ChangeEvent } from './change-feed.ts';

export type ChangeListener = (events: ChangeEvent[]) => void;

export interface Subscription {
  /** The last seq the poller had read when the subscription began: later ones will arrive. */
  position: number;
  unsubscribe(): void;
}

export interface ChangePollerOptions {
  intervalMs?: number;
  batchSize?: number;
}

export class ChangePoller {
  private readonly listeners = new Set<ChangeListener>();
  private lastSeq = 0;
  private starting: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private failing = false;
  private readonly intervalMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly store: Store,
    options: ChangePollerOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 150;
    this.batchSize = options.batchSize ?? 500;
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  async subscribe(listener: ChangeListener): Promise<Subscription> {
    this.listeners.add(listener);
    if (!this.timer) {
      this.starting ??= this.start();
      try {
        await this.starting;
      } catch (err) {
        this.listeners.delete(listener);
        throw err;
      }
    }
    return { position: this.lastSeq, unsubscribe: () => this.listeners.delete(listener) };
  }

  private async start(): Promise<void> {
    try {
      this.lastSeq = await latestSeq(this.store.db);
      this.schedule(this.intervalMs);
    } finally {
      this.starting = null;
    }
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.listeners.size === 0) {
      this.timer = null;
      return;
    }
    let full = false;
    try {
      const events = await readChangesAfter(this.store.db, this.lastSeq, this.batchSize);
      const last = events[events.length - 1];
      if (last) {
        this.lastSeq = last.seq;
        for (const listener of [...this.listeners]) listener(events);
      }
      full = events.length === this.batchSize;
      this.failing = false;
    } catch (err) {
      // Log the first failure of a streak only; keep trying (the database may come back).
      if (!this.failing) console.error('change feed: polling failed, retrying', err);
      this.failing = true;
    }
    this.schedule(full ? 0 : this.intervalMs);
  }
}

const pollers = new WeakMap<Store, ChangePoller>();

/** The process-wide poller of a store. */
export function changePollerFor(store: Store, options?: ChangePollerOptions): ChangePoller {
  let poller = pollers.get(store);
  if (!poller) {
    poller = new ChangePoller(store, options);
    pollers.set(store, poller);
  }
  return poller;
}
