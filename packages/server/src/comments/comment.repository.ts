// Card comments. Rows are only ever added: a comment is part of the card's record.
import type { Kysely } from 'kysely';
import type { CardCommentRow, CardCommentsTable, Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export async function insertComment(db: Db, row: CardCommentsTable): Promise<void> {
  await db.insertInto('card_comments').values(row).execute();
}

export function listCommentRows(db: Db, cardId: string): Promise<CardCommentRow[]> {
  return db
    .selectFrom('card_comments')
    .selectAll()
    .where('card_id', '=', cardId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The ids among `ids` that belong to active users. */
export async function activeUserIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', ids)
    .where('disabled', '=', 0)
    .execute();
  return new Set(rows.map((r) => r.id));
}
