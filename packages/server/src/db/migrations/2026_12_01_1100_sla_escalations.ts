/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time: never import application types here, never edit after release.
// SLA escalations: one row per (card, SLA target, threshold), planned in the card's write for the
// instant the threshold falls due, claimed by the scheduler and settled once, so a role is told
// once per card per threshold however many processes run. A settled row stays: it is the record.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sla_escalations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id'))
    .addColumn('target_key', 'text', (c) => c.notNull())
    .addColumn('threshold', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_at', 'text')
    .addColumn('fired_at', 'text')
    .addColumn('outcome', 'text')
    .addColumn('notified', 'integer')
    .addUniqueConstraint('sla_escalations_once', ['card_id', 'target_key', 'threshold'])
    .execute();
  await db.schema
    .createIndex('sla_escalations_due')
    .on('sla_escalations')
    .columns(['fired_at', 'due_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sla_escalations').execute();
}
