/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time. Customer satisfaction surveys (one per time a card is closed) and the server's
// own secrets (the key survey links are signed with), shared by every process on the database.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('server_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('surveys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id'))
    .addColumn('workflow_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.check(sql`score between 1 and 5`))
    .addColumn('comment', 'text')
    .addColumn('answered_at', 'text')
    .execute();
  await db.schema
    .createIndex('surveys_card')
    .on('surveys')
    .columns(['card_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('surveys_workflow_answered')
    .on('surveys')
    .columns(['workflow_key', 'answered_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('surveys').execute();
  await db.schema.dropTable('server_secrets').execute();
}
