// Attachment rows. A delete only marks the row; the history keeps it.
import type { Kysely } from 'kysely';
import type { CardAttachmentRow, CardAttachmentsTable, Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export async function insertAttachment(db: Db, row: CardAttachmentsTable): Promise<void> {
  await db.insertInto('card_attachments').values(row).execute();
}

export function findAttachment(db: Db, id: string): Promise<CardAttachmentRow | undefined> {
  return db.selectFrom('card_attachments').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listAttachmentRows(db: Db, cardId: string): Promise<CardAttachmentRow[]> {
  return db
    .selectFrom('card_attachments')
    .selectAll()
    .where('card_id', '=', cardId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Marks the attachment deleted; false if it already was. */
export async function markDeleted(db: Db, id: string, by: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('card_attachments')
    .set({ deleted_at: at, deleted_by: by })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
