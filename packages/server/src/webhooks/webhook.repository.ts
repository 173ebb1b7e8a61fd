// Webhook subscriptions (admin-configured) and the relay's cursor into the change feed.
import type { Kysely } from 'kysely';
import type { Database, WebhookRow, WebhooksTable } from '../db/schema.ts';

type Db = Kysely<Database>;

export const WEBHOOK_CURSOR = 'webhooks';

export async function insertWebhook(db: Db, row: WebhooksTable): Promise<void> {
  await db.insertInto('webhooks').values(row).execute();
}

export function listWebhookRows(db: Db): Promise<WebhookRow[]> {
  return db.selectFrom('webhooks').selectAll().orderBy('created_at').execute();
}

export function findWebhook(db: Db, id: string): Promise<WebhookRow | undefined> {
  return db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateWebhook(
  db: Db,
  id: string,
  set: Partial<Pick<WebhooksTable, 'url' | 'events' | 'active'>>,
): Promise<boolean> {
  const result = await db.updateTable('webhooks').set(set).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteWebhook(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function readCursor(db: Db, name: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('feed_cursors')
    .select('seq')
    .where('name', '=', name)
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.seq);
}

export async function writeCursor(db: Db, name: string, seq: number): Promise<void> {
  await db
    .insertInto('feed_cursors')
    .values({ name, seq })
    .onConflict((oc) => oc.column('name').doUpdateSet({ seq }))
    .execute();
}
