/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time: never import application types here, never edit after release.
// Timed transitions waiting to fire: one row per (card, stage entry, event), written in the card's
// own write transaction; the scheduler claims due rows and settles each exactly once.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('timers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_at', 'text')
    .addColumn('fired_at', 'text')
    .addColumn('outcome', 'text')
    .addColumn('detail', 'text')
    .addUniqueConstraint('timers_card_entry_event', ['card_id', 'entered_at', 'event'])
    .execute();
  await db.schema.createIndex('timers_due').on('timers').columns(['fired_at', 'due_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('timers').execute();
}
