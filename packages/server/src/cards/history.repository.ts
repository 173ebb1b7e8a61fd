// Card history: append-only. There is no update or delete here on purpose.
import type { Insertable, Kysely } from 'kysely';
import type { CardHistoryRow, CardHistoryTable, Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export async function appendHistory(db: Db, row: Insertable<CardHistoryTable>): Promise<void> {
  await db.insertInto('card_history').values(row).execute();
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
