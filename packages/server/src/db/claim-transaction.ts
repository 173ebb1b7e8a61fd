// A short transaction for claiming queue rows (the outbox). SQLite has one writer anyway, so it is
// a normal BEGIN IMMEDIATE write transaction. PostgreSQL claims with row locks (FOR UPDATE SKIP
// LOCKED, DbAdapter.skipLocked) instead of the global writer lock: workers in several processes
// take disjoint rows at once and never wait for card writers.
import type { Selectable } from 'kysely';
import type { Store } from './database.ts';
import type { Database } from './schema.ts';
import { writeTransaction, type WriteTx } from './transaction.ts';

export function claimTransaction<T>(store: Store, fn: (trx: WriteTx) => Promise<T>): Promise<T> {
  if (!store.adapter.skipLocked) return writeTransaction(store, fn);
  return store.db.transaction().setIsolationLevel('read committed').execute(fn);
}

/** Tables of scheduled rows: `due_at`, a lease (`claimed_by`, `claimed_at`) and `fired_at` once settled. */
export type LeasedTable = 'timers' | 'sla_escalations';

export interface DueClaim {
  owner: string;
  now: string;
  /** A claim older than this belongs to an instance that died holding it and may be taken over. */
  leaseCutoff: string;
  limit: number;
}

/**
 * Claims up to `limit` due rows of `table` for `owner`: unclaimed ones, and ones whose claim is
 * older than `leaseCutoff`. PostgreSQL: rows another process is claiming are skipped, not waited
 * for. SQLite: one writer at a time does the same. Earliest due first.
 */
export async function claimDueRows<T extends LeasedTable>(
  store: Store,
  table: T,
  claim: DueClaim,
): Promise<Selectable<Database[T]>[]> {
  // Both tables have the lease columns; Kysely cannot type a query over a union of tables, so it
  // is written against one of them.
  const name = table as 'timers';
  const rows = await claimTransaction(store, (trx) => {
    let due = trx
      .selectFrom(name)
      .select('id')
      .where('fired_at', 'is', null)
      .where('due_at', '<=', claim.now)
      .where((eb) =>
        eb.or([eb('claimed_at', 'is', null), eb('claimed_at', '<', claim.leaseCutoff)]),
      )
      .orderBy('due_at')
      .limit(claim.limit);
    if (store.adapter.skipLocked) due = due.forUpdate().skipLocked();
    return trx
      .updateTable(name)
      .set({ claimed_by: claim.owner, claimed_at: claim.now })
      .where('id', 'in', due)
      .returningAll()
      .execute();
  });
  rows.sort((a, b) => a.due_at.localeCompare(b.due_at));
  return rows as unknown as Selectable<Database[T]>[];
}
