// Every write goes through writeTransaction: one writer at a time, bounded retries, then 503.
//
// SQLite: BEGIN IMMEDIATE on the store's single connection, so the write lock is taken before the
// first read and a transaction never has to upgrade (no SQLITE_BUSY_SNAPSHOT half-way through).
// PostgreSQL: READ COMMITTED plus one transaction-scoped advisory lock taken first. Writers are
// serialized across every server process exactly as on SQLite: read-check-write needs no row locks,
// and `changes.seq` is committed in the order it is assigned, so a feed that polls `seq > n` never
// skips a row that commits late.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import type { Store } from './database.ts';
import type { Database } from './schema.ts';

/** The handle a writer uses. Use it (not store.db) for every query inside the transaction. */
export type WriteTx = Kysely<Database>;

export interface WriteTransactionOptions {
  /** Attempts in all, including the first (default 3). */
  maxAttempts?: number;
  /** Seconds advertised in Retry-After when giving up (default 1). */
  retryAfterSeconds?: number;
  /** Called before each retry (logging, tests). */
  onRetry?: (attempt: number, err: unknown) => void;
}

const WRITER_LOCK_KEY = 7_243_001;

export async function writeTransaction<T>(
  store: Store,
  fn: (trx: WriteTx) => Promise<T>,
  options: WriteTransactionOptions = {},
): Promise<T> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const retryAfter = options.retryAfterSeconds ?? 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(store, fn);
    } catch (err) {
      if (!store.adapter.isRetryable(err)) throw err;
      if (attempt >= maxAttempts) {
        throw new HttpProblem(
          503,
          'database-busy',
          say('http.databaseBusy', { seconds: retryAfter }),
          { retryAfter },
          { 'Retry-After': String(retryAfter) },
        );
      }
      options.onRetry?.(attempt, err);
      await sleep(backoffMs(attempt));
    }
  }
}

function runOnce<T>(store: Store, fn: (trx: WriteTx) => Promise<T>): Promise<T> {
  if (store.adapter.beginImmediate) {
    return store.db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        const result = await fn(conn);
        await sql`commit`.execute(conn);
        return result;
      } catch (err) {
        // SQLite may already have rolled back (e.g. on SQLITE_BUSY); ignore "no transaction".
        await sql`rollback`.execute(conn).catch(() => undefined);
        throw err;
      }
    });
  }
  return store.db
    .transaction()
    .setIsolationLevel('read committed')
    .execute(async (trx) => {
      if (store.adapter.writerLock) {
        await sql`set local lock_timeout = '5s'`.execute(trx);
        await sql`select pg_advisory_xact_lock(${sql.lit(WRITER_LOCK_KEY)})`.execute(trx);
      }
      return fn(trx);
    });
}

/** Exponential backoff with full jitter: 20–40 ms, 40–80 ms, … capped at 500 ms. */
function backoffMs(attempt: number): number {
  const base = Math.min(500, 20 * 2 ** (attempt - 1));
  return base + Math.random() * base;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
