// Every write goes through writeTransaction: bounded retries, then DatabaseBusyError (a 503 at the
// HTTP edge).
//
// SQLite: BEGIN IMMEDIATE on the store's single connection, so the write lock is taken before the
// first read and a transaction never has to upgrade (no SQLITE_BUSY_SNAPSHOT half-way through).
// Writers run one after another; those that arrive together share one COMMIT, each in its own
// savepoint (runInGroup below).
// PostgreSQL: READ COMMITTED and no global lock: writers run side by side. Cards are protected by
// their revision (every card write is `UPDATE … WHERE revision = expected`, so a racing writer
// waits for the row lock and then finds the revision moved on; a signal to a parent card locks
// the parent with SELECT … FOR UPDATE and moves it at the revision it finds then). Writes that
// check several rows at once name a lock (`locks: ['workflow:deal']`): transaction-scoped advisory locks on the hash of
// the name, taken in sorted order before `fn` runs. The change feed's order is kept by
// change-outbox.ts, run here right after commit.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DbAdapter } from './adapter.ts';
import type { Store } from './database.ts';
import { DatabaseBusyError } from './database-busy.ts';
import { flushSoon } from './change-outbox.ts';
import { syncSearchIndexSoon } from './search-index.ts';
import { isRefused } from './pg-client.ts';
import type { Database } from './schema.ts';
import type { DirectSqlite } from './statement-cache.ts';

/** The handle a writer uses. Use it (not store.db) for every query inside the transaction. */
export type WriteTx = Kysely<Database>;

export interface WriteTransactionOptions {
  /** Attempts in all, including the first (default 3). */
  maxAttempts?: number;
  /** Seconds advertised in Retry-After when giving up (default 1). */
  retryAfterSeconds?: number;
  /** Called before each retry (logging, tests). */
  onRetry?: (attempt: number, err: unknown) => void;
  /**
   * Named locks held until commit, for writes whose check spans rows a revision cannot guard
   * (one workflow's versions, "the last admin"). PostgreSQL only; SQLite writers are serial anyway.
   */
  locks?: readonly string[];
}

interface TxState {
  store: Store;
  /** SQLite: the connection's statements, for fixed statements run synchronously. */
  direct?: DirectSqlite;
  changesAppended: boolean;
  committed: (() => void)[];
  /** The writer's error for a deferrable statement that refused (pg-client.ts). */
  refusal?: () => Error;
}

/** Which store a transaction handle belongs to, so the change feed can ask its adapter. */
const openTransactions = new WeakMap<WriteTx, TxState>();

/**
 * Where a writer appends change-feed rows: `changes` directly where writers commit in order
 * (SQLite), the `change_outbox` elsewhere (sequenced into `changes` after commit).
 */
export function changeTableFor(trx: WriteTx): 'changes' | 'change_outbox' {
  const state = openTransactions.get(trx);
  if (!state) return 'changes';
  state.changesAppended = true;
  return state.store.adapter.sequencedFeed ? 'change_outbox' : 'changes';
}

/** The store a transaction handle belongs to (undefined outside writeTransaction). */
export function storeOf(trx: WriteTx): Store | undefined {
  return openTransactions.get(trx)?.store;
}

/**
 * Runs `fn` once the transaction of `trx` has committed (not at all if it rolls back): for
 * in-memory state that must only ever describe committed rows. False outside writeTransaction
 * (nothing is registered).
 */
export function onCommitted(trx: WriteTx, fn: () => void): boolean {
  const state = openTransactions.get(trx);
  if (!state) return false;
  state.committed.push(fn);
  return true;
}

/**
 * A deferrable statement of this transaction may refuse (pg-client.ts) while a later statement or
 * the COMMIT is awaited: writeTransaction then throws `refusal()` instead of the database error.
 */
export function onRefused(trx: WriteTx, refusal: () => Error): void {
  const state = openTransactions.get(trx);
  if (state) state.refusal = refusal;
}

/** SQLite inside writeTransaction: the connection's statements, to call synchronously. */
export function directOf(trx: WriteTx): DirectSqlite | undefined {
  return openTransactions.get(trx)?.direct;
}

/** The adapter of the store a transaction handle belongs to (undefined outside writeTransaction). */
export function adapterOf(trx: WriteTx): DbAdapter | undefined {
  return storeOf(trx)?.adapter;
}

type CommitListener = () => void;
const commitListeners = new WeakMap<Store, Set<CommitListener>>();

/** Called after every commit in this process that appended changes (the SSE poller wakes on it). */
export function onChangesCommitted(store: Store, listener: CommitListener): () => void {
  let set = commitListeners.get(store);
  if (!set) commitListeners.set(store, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

export async function writeTransaction<T>(
  store: Store,
  fn: (trx: WriteTx) => Promise<T>,
  options: WriteTransactionOptions = {},
): Promise<T> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const retryAfter = options.retryAfterSeconds ?? 1;
  for (let attempt = 1; ; attempt++) {
    const state: TxState = { store, changesAppended: false, committed: [] };
    let result: T;
    try {
      result = await runOnce(store, state, fn, options.locks ?? []);
    } catch (caught) {
      const err = state.refusal && isRefused(caught) ? state.refusal() : caught;
      if (!store.adapter.isRetryable(err)) throw err;
      if (attempt >= maxAttempts) throw new DatabaseBusyError(retryAfter, { cause: err });
      options.onRetry?.(attempt, err);
      await sleep(backoffMs(attempt));
      continue;
    }
    for (const fn of state.committed) fn();
    if (state.changesAppended) afterChangesCommitted(store);
    return result;
  }
}

function afterChangesCommitted(store: Store): void {
  // Number the new outbox rows into `changes` in a moment, without holding up the writer's
  // answer: the flush takes the feed lock and commits on its own, shared by every commit of the
  // next few milliseconds (change-outbox.ts). Should it fail, the pollers' flush picks them up.
  flushSoon(store);
  // Cards whose title or fields changed are re-indexed for search in a moment (search-index.ts).
  syncSearchIndexSoon(store);
  for (const listener of commitListeners.get(store) ?? []) listener();
}

function runOnce<T>(
  store: Store,
  state: TxState,
  fn: (trx: WriteTx) => Promise<T>,
  locks: readonly string[],
): Promise<T> {
  if (store.adapter.beginImmediate) return runInGroup(store, state, fn);
  return store.db
    .transaction()
    .setIsolationLevel('read committed')
    .execute(async (trx) => {
      openTransactions.set(trx, state);
      if (locks.length > 0 && store.adapter.advisoryLocks) {
        await sql`set local lock_timeout = '5s'`.execute(trx);
        // Sorted, so two writers naming the same locks never wait on each other in a cycle.
        for (const name of [...new Set(locks)].sort()) {
          await sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`.execute(trx);
        }
      }
      return fn(trx);
    });
}

/**
 * SQLite: writers that arrive while a transaction is open join it, each in a savepoint of its own,
 * and share its COMMIT (a group commit). A move's COMMIT writes about ten WAL frames, two system
 * calls each, and was 40 % of a move's time in process; writers in one group mostly touch the
 * same pages (the feed's and history's last pages, the indexes): eight moves started together
 * wrote 19 frames in one COMMIT instead of 81 in eight. Each writer still commits or fails
 * on its own terms: a writer that throws is rolled back to its savepoint and gets its error, the
 * others keep their work; nobody hears "committed" before the COMMIT has returned, and if the
 * COMMIT fails, every writer of the group gets its error (writeTransaction retries what may be).
 */
interface GroupWriter {
  state: TxState;
  fn: (trx: WriteTx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/** At most this many writers share one COMMIT: a write never waits behind a long queue of others. */
const MAX_GROUP = 32;

/** The open group of a store: writers that arrive now join it. */
const openGroups = new WeakMap<Store, GroupWriter[]>();

function runInGroup<T>(store: Store, state: TxState, fn: (trx: WriteTx) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    join(store, { state, fn, resolve: resolve as (value: unknown) => void, reject });
  });
}

function join(store: Store, writer: GroupWriter): void {
  const open = openGroups.get(store);
  if (open && open.length < MAX_GROUP) {
    open.push(writer);
    return;
  }
  const group = [writer];
  openGroups.set(store, group);
  leadGroup(store, group).catch((err: unknown) => {
    // The connection could not be had (a closed store): nobody of this group has run.
    if (openGroups.get(store) === group) openGroups.delete(store);
    for (const w of group) w.reject(err);
  });
}

/** A writer whose work was undone through no fault of its own runs again, afresh. */
function runAgain(store: Store, writer: GroupWriter): void {
  writer.state.changesAppended = false;
  writer.state.committed.length = 0;
  writer.state.refusal = undefined;
  join(store, writer);
}

async function leadGroup(store: Store, group: GroupWriter[]): Promise<void> {
  // Kysely's connection() holds the one connection for the whole transaction; inside it the
  // fixed statements (begin, commit, prepared-sql.ts) are direct synchronous calls.
  const { direct } = store;
  const run = async (conn: WriteTx, text: string) => {
    if (direct) direct.statement(text).run();
    else await sql.raw(text).execute(conn);
  };
  await store.db.connection().execute(async (conn) => {
    const done: { writer: GroupWriter; value: unknown }[] = [];
    const failed: { writer: GroupWriter; err: unknown }[] = [];
    let began = false;
    /** The transaction is gone: what ended it, and the writer whose work ended it, if any. */
    let broken: { err: unknown; by?: GroupWriter } | undefined;
    let current: GroupWriter | undefined;
    try {
      await run(conn, 'begin immediate');
      began = true;
      let yielded = false;
      for (let i = 0; i < group.length; i++) {
        const writer = (current = group[i]!);
        writer.state.direct = direct;
        openTransactions.set(conn, writer.state);
        try {
          await run(conn, 'savepoint sf_writer');
          let value: unknown;
          try {
            value = await writer.fn(conn);
          } catch (err) {
            failed.push({ writer, err });
            await run(conn, 'rollback to sf_writer');
            await run(conn, 'release sf_writer');
            continue;
          }
          await run(conn, 'release sf_writer');
          done.push({ writer, value });
        } finally {
          openTransactions.delete(conn);
        }
        // SQLite answers at once, so a writer's awaits never let another request run. Before
        // committing, the requests already read from their sockets get one turn of the event loop
        // to reach writeTransaction and join; with none waiting, this costs one turn.
        if (i === group.length - 1 && !yielded) {
          yielded = true;
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      current = undefined;
    } catch (err) {
      // BEGIN failed, or SQLite ended the transaction under a writer (SQLITE_FULL, an I/O error,
      // a ROLLBACK it ran): its savepoint is gone with everything else.
      broken = { err, by: current };
    } finally {
      // Writers that come from here on start the next group.
      if (openGroups.get(store) === group) openGroups.delete(store);
    }
    if (!broken) {
      try {
        await run(conn, 'commit');
      } catch (err) {
        broken = { err };
      }
    }
    if (!broken) {
      for (const { writer, value } of done) writer.resolve(value);
      for (const { writer, err } of failed) writer.reject(err);
      return;
    }
    if (began) await run(conn, 'rollback').catch(() => undefined);
    const { err, by } = broken;
    if (!began || !by) {
      // Nothing of the group was kept and nobody in it is to blame (BEGIN or COMMIT failed):
      // every writer gets the error, which writeTransaction retries where it may.
      for (const writer of group) writer.reject(err);
      return;
    }
    // The writer whose work ended the transaction gets its error (its own, where it threw one).
    // Everyone else runs again in a group of their own: their work, and any refusal that came
    // from a neighbour's work now undone (a reused idempotency key, a revision), is void.
    by.reject(failed.find((f) => f.writer === by)?.err ?? err);
    for (const writer of group) if (writer !== by) runAgain(store, writer);
  });
}

/**
 * Named locks taken half-way through a transaction, for a lock whose name is only known after a
 * read (the records a card's new reference fields point at). `shared` ones do not wait on each
 * other, only on an exclusive holder. PostgreSQL only, like `locks`; a no-op outside writeTransaction.
 */
export async function lockNames(
  trx: WriteTx,
  names: readonly string[],
  mode: 'shared' | 'exclusive' = 'exclusive',
): Promise<void> {
  const state = openTransactions.get(trx);
  if (!state?.store.adapter.advisoryLocks || names.length === 0) return;
  await sql`set local lock_timeout = '5s'`.execute(trx);
  for (const name of [...new Set(names)].sort()) {
    if (mode === 'shared') {
      await sql`select pg_advisory_xact_lock_shared(hashtextextended(${name}, 0))`.execute(trx);
    } else {
      await sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`.execute(trx);
    }
  }
}

/** Exponential backoff with full jitter: 20–40 ms, 40–80 ms, … capped at 500 ms. */
function backoffMs(attempt: number): number {
  const base = Math.min(500, 20 * 2 ** (attempt - 1));
  return base + Math.random() * base;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
