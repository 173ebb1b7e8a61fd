// The change feed (outbox): one row per change, written inside the writer's own transaction, read
// by `seq` by every server process.
//
// Order of visibility: readers remember the highest seq they delivered and ask for `seq > last`.
// That is only safe if a change never becomes visible after one with a higher seq. SQLite
// serializes writers (BEGIN IMMEDIATE), so the writer's own insert into `changes` is numbered in
// commit order. PostgreSQL writers commit in any order, so they append to `change_outbox` and a
// serialized flush numbers committed rows into `changes` (src/db/change-outbox.ts). A rolled-back
// writer leaves nothing behind (SQLite may leave a gap in seq, which readers skip harmlessly).
import type { Kysely } from 'kysely';
import type { ChangeKind, ChangeRow, Database } from '../db/schema.ts';
import { changeTableFor, type WriteTx } from '../db/transaction.ts';
import { preparedSql, runStatement, type PreparedSql } from '../db/prepared-sql.ts';

type Db = Kysely<Database>;

export interface NewChange {
  at: string;
  kind: ChangeKind;
  workflowKey: string;
  cardId?: string | null;
  payload: Record<string, unknown>;
}

/** A change as clients receive it (SSE `data:`). */
export interface ChangeEvent {
  seq: number;
  at: string;
  kind: ChangeKind;
  workflowKey: string;
  cardId: string | null;
  [key: string]: unknown;
}

const APPEND: Record<'changes' | 'change_outbox', PreparedSql> = {
  changes: preparedSql`insert into changes (at, kind, workflow_key, card_id, payload)
    values (?, ?, ?, ?, ?)`,
  change_outbox: preparedSql`insert into change_outbox (at, kind, workflow_key, card_id, payload)
    values (?, ?, ?, ?, ?)`,
};

export async function appendChange(trx: WriteTx, change: NewChange): Promise<void> {
  await runStatement(trx, APPEND[changeTableFor(trx)], [
    change.at,
    change.kind,
    change.workflowKey,
    change.cardId ?? null,
    JSON.stringify(change.payload),
  ]);
}

export function toChangeEvent(row: ChangeRow): ChangeEvent {
  const payload = JSON.parse(row.payload) as Record<string, unknown>;
  return {
    ...payload,
    seq: Number(row.seq),
    at: row.at,
    kind: row.kind,
    workflowKey: row.workflow_key,
    cardId: row.card_id,
  };
}

/** Changes after `afterSeq`, oldest first. */
export async function readChangesAfter(
  db: Db,
  afterSeq: number,
  limit: number,
): Promise<ChangeEvent[]> {
  const rows = await db
    .selectFrom('changes')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map(toChangeEvent);
}

/** The highest seq written so far (0 on an empty feed). */
export async function latestSeq(db: Db): Promise<number> {
  const row = await db
    .selectFrom('changes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}
