/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time. Reports over 100,000 cards read the history by time and by card:
// - cards finished in a range: (workflow_key, stage, entered_at) — a range seek per done stage —
//   covering what the reports read of them (created_at, assignee_id, id): rows carry the fields'
//   and snapshot's JSON, and reading 40,000 of them costs twenty times the index scan;
// - when each of them first entered an active stage: (card_id, to_stage, at), covering;
// - the stage moves since a day (the cumulative flow walks back from today's counts):
//   (at, card_id, from_stage, to_stage), covering;
// - surveys sent in a range: (workflow_key, created_at).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('cards_workflow_stage_entered')
    .on('cards')
    .columns(['workflow_key', 'stage', 'entered_at', 'created_at', 'assignee_id', 'id'])
    .execute();
  await db.schema
    .createIndex('card_history_card_stage_at')
    .on('card_history')
    .columns(['card_id', 'to_stage', 'at'])
    .execute();
  await db.schema
    .createIndex('card_history_at')
    .on('card_history')
    .columns(['at', 'card_id', 'from_stage', 'to_stage'])
    .execute();
  await db.schema
    .createIndex('surveys_workflow_created')
    .on('surveys')
    .columns(['workflow_key', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'surveys_workflow_created',
    'card_history_at',
    'card_history_card_stage_at',
    'cards_workflow_stage_entered',
  ]) {
    await db.schema.dropIndex(name).execute();
  }
}
