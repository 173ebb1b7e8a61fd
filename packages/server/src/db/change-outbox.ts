// Numbering the change feed when writers commit in any order (PostgreSQL).
//
// Readers follow `changes` by `seq > last delivered`, which is only safe if no row ever becomes
// visible with a seq below one already visible. Writers therefore append to `change_outbox`
// inside their own transaction, and a short flush moves committed outbox rows into `changes`:
// `stageflow_flush_changes()` (migration 0300) takes one transaction-scoped advisory lock, then
// numbers every committed outbox row in outbox order and notifies listeners. Flushes run one at a
// time, each commits before the next numbers anything, so seqs become visible in order; a writer
// that commits late simply gets a later seq. Writers themselves never wait on each other here:
// only the flush (one statement, batching every pending row) is serialized.
//
// Who flushes: the writer's process a few milliseconds after the commit (not awaited: the answer does
// not wait for the feed), and every process's change poller before it reads (so a change whose
// writer died between commit and flush still reaches the feed). Code that must see its own
// change in `changes` (tests) awaits flushChangeOutbox() itself.
// Flushes are coalesced per process like a group commit: at most one runs at a time, and every
// writer that committed while it ran shares the next one, so under load one flush (one commit)
// numbers many writers' rows instead of each writer queueing for the lock with its own.
import { sql } from 'kysely';
import type { Store } from './database.ts';

interface Flusher {
  running: Promise<void> | null;
  next: Promise<void> | null;
  soon: NodeJS.Timeout | null;
}

/**
 * How long a commit's flush waits for other commits to share it. Each flush is a round trip and a
 * transaction of its own: at 5 ms a busy process flushed about once per two moves, at 20 ms at
 * most 50 times a second, whatever the load; other viewers see a change up to 20 ms later.
 */
const GATHER_MS = 20;

/**
 * The flush after a commit: started a few milliseconds later, so the commits of that window share
 * one flush (one lock, one commit, one NOTIFY) instead of one each. Nobody waits for it.
 */
export function flushSoon(store: Store): void {
  if (!store.adapter.sequencedFeed) return;
  const f = flusherOf(store);
  if (f.soon) return;
  f.soon = setTimeout(() => {
    f.soon = null;
    flushChangeOutbox(store).catch((err: unknown) => {
      console.error('change feed: flushing the outbox after commit failed', err);
    });
  }, GATHER_MS);
  f.soon.unref();
}

/** Drops a flush still waiting to start (the pollers' flush covers it). */
export function cancelFlushSoon(store: Store): void {
  const f = flushers.get(store);
  if (f?.soon) clearTimeout(f.soon);
  if (f) f.soon = null;
}

/**
 * The store is closing: drop a flush still waiting to start (the pollers' flush covers it) and
 * let one already under way finish, so it does not meet a closed pool.
 */
export async function settleFlushes(store: Store): Promise<void> {
  cancelFlushSoon(store);
  const f = flushers.get(store);
  if (f) await Promise.allSettled([f.running, f.next]);
}

function flusherOf(store: Store): Flusher {
  let flusher = flushers.get(store);
  if (!flusher) flushers.set(store, (flusher = { running: null, next: null, soon: null }));
  return flusher;
}

const flushers = new WeakMap<Store, Flusher>();

/**
 * Resolves once a flush that started after this call has finished: every outbox row committed
 * before the call is then in `changes`. No-op where writers commit in order (SQLite).
 */
export function flushChangeOutbox(store: Store): Promise<void> {
  if (!store.adapter.sequencedFeed) return Promise.resolve();
  const f = flusherOf(store);
  if (!f.running) return (f.running = runFlush(store, f));
  // The flush in progress may have read the outbox before our row committed: share the next one.
  f.next ??= f.running
    .then(
      () => undefined,
      () => undefined,
    )
    .then(() => {
      f.next = null;
      return (f.running ??= runFlush(store, f));
    });
  return f.next;
}

function runFlush(store: Store, f: Flusher): Promise<void> {
  const run = sql`select stageflow_flush_changes()`
    .execute(store.db)
    .then(() => undefined)
    .finally(() => {
      if (f.running === run) f.running = null;
    });
  return run;
}
