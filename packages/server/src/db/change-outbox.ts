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
// Who flushes: the writer right after its commit (so its change is in `changes` when it answers)
// and every process's change poller before it reads (in case a writer died between the two).
import { sql } from 'kysely';
import type { Store } from './database.ts';

/** Numbers pending outbox rows into `changes`; returns how many moved. No-op where not needed. */
export async function flushChangeOutbox(store: Store): Promise<number> {
  if (!store.adapter.sequencedFeed) return 0;
  const { rows } = await sql<{ moved: number }>`select stageflow_flush_changes() as moved`.execute(
    store.db,
  );
  return Number(rows[0]?.moved ?? 0);
}
