// A short transaction for claiming queue rows (the outbox). SQLite has one writer anyway, so it is
// a normal BEGIN IMMEDIATE write transaction. PostgreSQL claims with row locks (FOR UPDATE SKIP
// LOCKED, DbAdapter.skipLocked) instead of the global writer lock: workers in several processes
// take disjoint rows at once and never wait for card writers.
import type { Store } from './database.ts';
import { writeTransaction, type WriteTx } from './transaction.ts';

export function claimTransaction<T>(store: Store, fn: (trx: WriteTx) => Promise<T>): Promise<T> {
  if (!store.adapter.skipLocked) return writeTransaction(store, fn);
  return store.db.transaction().setIsolationLevel('read committed').execute(fn);
}
