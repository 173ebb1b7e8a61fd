// Card history: append-only. There is no update or delete here on purpose.
import type { Insertable, Kysely } from 'kysely';
import type { CardHistoryRow, CardHistoryTable, Database } from '../db/schema.ts';
import { preparedSql, runStatement } from '../db/prepared-sql.ts';

type Db = Kysely<Database>;

const APPEND = preparedSql`
  insert into card_history
    (card_id, revision, at, actor_id, kind, event, from_stage, to_stage, changes)
  values (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export async function appendHistory(db: Db, row: Insertable<CardHistoryTable>): Promise<void> {
  await runStatement(db, APPEND, [
    row.card_id,
    row.revision,
    row.at,
    row.actor_id,
    row.kind,
    row.event ?? null,
    row.from_stage ?? null,
    row.to_stage,
    row.changes,
  ]);
}

export function listHistoryRows(db: Db, cardId: string): Promise<CardHistoryRow[]> {
  return db
    .selectFrom('card_history')
    .selectAll()
    .where('card_id', '=', cardId)
    .orderBy('revision')
    .execute();
}

export async function countHistoryRows(db: Db, cardId: string): Promise<number> {
  const row = await db
    .selectFrom('card_history')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('card_id', '=', cardId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
