/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time. Links between cards of different workflows: a parent (the claim) and the child
// its transition spawned (the repair order), with the move that made the link.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('card_links')
    .addColumn('parent_id', 'text', (c) => c.notNull().references('cards.id'))
    .addColumn('child_id', 'text', (c) => c.notNull().references('cards.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('card_links_pk', ['parent_id', 'child_id'])
    .execute();
  await db.schema.createIndex('card_links_child').on('card_links').column('child_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('card_links').execute();
}
