/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time: never import application types here, never edit after release.
// A card keeps its SLA clocks (JSON, sla/sla-clocks.ts) so a move plans its escalations from the
// card row it reads anyway — in whichever server process — instead of reading and folding the
// card's whole stage history. Null (every existing card) means "not kept": the next stage change
// reads the history once and keeps them from then on.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cards').addColumn('sla_clocks', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cards').dropColumn('sla_clocks').execute();
}
