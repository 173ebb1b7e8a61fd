// One poller per store and process: it reads new rows of `changes` while at least one client
// listens, and hands each batch to every subscriber (fan-out). Every process reads the shared
// table, so each process's clients see every change, whoever wrote it.
//
// When to read: at once when this process commits a change, when PostgreSQL NOTIFYs that another
// process's changes were numbered (LISTEN on a dedicated connection), and every `intervalMs`
// regardless — the fallback when a notification is lost or the LISTEN connection is down.
// Before reading, a sequenced feed (PostgreSQL) flushes the outbox, so rows of a writer that died
// between its commit and its own flush still reach the feed.
import type { Store } from '../db/database.ts';
import { flushChangeOutbox } from '../db/change-outbox.ts';
import { onChangesCommitted } from '../db/transaction.ts';
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

/** The channel stageflow_flush_changes() notifies (its payload is the schema). */
const CHANNEL = 'stageflow_changes';
const RELISTEN_AFTER_MS = 5_000;

export class ChangePoller {
  private readonly listeners = new Set<ChangeListener>();
  private lastSeq = 0;
  private starting: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private again = false;
  private failing = false;
  private unlisten: (() => Promise<void>) | null = null;
  private listening: Promise<void> | null = null;
  private lastListenAttempt = 0;
  private stopCommitWatch: (() => void) | null = null;
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
    if (!this.timer && !this.running) {
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

  /** Read now (or right after the read in progress), instead of at the next interval. */
  wake(): void {
    if (this.listeners.size === 0 || this.starting) return;
    if (this.running) {
      this.again = true;
      return;
    }
    // No timer and not running: the loop is stopped (or starting); it reads on its own.
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    void this.tick();
  }

  private async start(): Promise<void> {
    try {
      this.stopCommitWatch ??= onChangesCommitted(this.store, () => this.wake());
      await this.ensureListening();
      await flushChangeOutbox(this.store);
      this.lastSeq = await latestSeq(this.store.db);
      this.schedule(this.intervalMs);
    } finally {
      this.starting = null;
    }
  }

  /** LISTEN where the database can notify; a failure only means waiting for the interval. */
  private ensureListening(): Promise<void> {
    const { store } = this;
    if (!store.listen || !store.adapter.notifications || this.unlisten || this.listening) {
      return this.listening ?? Promise.resolve();
    }
    if (Date.now() - this.lastListenAttempt < RELISTEN_AFTER_MS) return Promise.resolve();
    this.lastListenAttempt = Date.now();
    const schema = store.schema ?? 'public';
    this.listening = store
      .listen(CHANNEL, {
        onNotify: (payload) => {
          if (payload === schema) this.wake();
        },
        onLost: () => {
          this.unlisten = null;
        },
      })
      .then(
        (unlisten) => {
          this.unlisten = unlisten;
        },
        (err: unknown) => {
          console.error('change feed: LISTEN failed, polling only', err);
        },
      )
      .finally(() => {
        this.listening = null;
      });
    return this.listening;
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.tick();
    }, ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.listeners.size === 0) {
      await this.stop();
      return;
    }
    this.running = true;
    let full = false;
    try {
      this.again = false;
      void this.ensureListening();
      await flushChangeOutbox(this.store);
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
    } finally {
      this.running = false;
    }
    this.schedule(full || this.again ? 0 : this.intervalMs);
  }

  /** Nobody listens any more: no timer, no LISTEN connection, until the next subscriber. */
  private async stop(): Promise<void> {
    this.timer = null;
    const unlisten = this.unlisten;
    this.unlisten = null;
    this.lastListenAttempt = 0;
    await unlisten?.();
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
