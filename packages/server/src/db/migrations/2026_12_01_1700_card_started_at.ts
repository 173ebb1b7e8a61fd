/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time: never import application types here, never edit after release.
// The start of a card's cycle time stored on the card (issue 11; docs/reports.md, "At scale"):
// - cards.started_at: when the card first entered a stage the reports count as active, null if it
//   never did. The reports read it from the covering index instead of seeking each finished
//   card's first active history row.
// - report_active_stages: per workflow, the stage keys that are active by the reports' rule — the
//   stages of every published version, the newest version's category winning. Filled here from
//   the stored definitions; the application refreshes it on every publish (and recomputes the
//   cards' starts when it changed).
// - a trigger on card_history lowers started_at to a new row's `at` when that row enters an active
//   stage of the card's workflow, in the writing transaction, whoever writes the row.
// - the history indexes of migration 1000 have no reader left: (card_id, to_stage, at) served the
//   per-card seek this replaces, (at, card_id, from_stage, to_stage) the assignee-filtered flow,
//   which now starts from that assignee's cards and the (card_id, revision) unique index. Every
//   index on card_history is written by every move (issue 9), so they go.
import type { Kysely } from 'kysely';
import { PostgresAdapter, sql } from 'kysely';

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Lowers the card's start to the new history row's instant when the row enters an active stage. */
const LOWER_START = sql.raw(`
    update cards set started_at = new.at
    where id = new.card_id
      and (started_at is null or started_at > new.at)
      and exists (select 1 from report_active_stages as a
        where a.workflow_key = cards.workflow_key and a.stage = new.to_stage);`);

const COVERING = ['workflow_key', 'stage', 'entered_at', 'created_at', 'assignee_id', 'id'];

/** Newest version first, every stage once: the key → category the reports judge it by. */
function reportCategories(definitionsNewestFirst: string[]): Map<string, string> {
  const categories = new Map<string, string>();
  for (const text of definitionsNewestFirst) {
    const definition = JSON.parse(text) as { stages: { key: string; category: string }[] };
    for (const s of definition.stages) {
      if (!categories.has(s.key)) categories.set(s.key, s.category);
    }
  }
  return categories;
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema.alterTable('cards').addColumn('started_at', 'text').execute();
  await db.schema
    .createTable('report_active_stages')
    .addColumn('workflow_key', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_active_stages_pk', ['workflow_key', 'stage'])
    .execute();
  const versions = await db
    .selectFrom('workflow_versions')
    .select(['workflow_key', 'definition'])
    .orderBy('workflow_key')
    .orderBy('version', 'desc')
    .execute();
  const byWorkflow = new Map<string, string[]>();
  for (const v of versions) {
    byWorkflow.set(v.workflow_key, [...(byWorkflow.get(v.workflow_key) ?? []), v.definition]);
  }
  for (const [workflowKey, definitions] of byWorkflow) {
    const active = [...reportCategories(definitions)]
      .filter(([, category]) => category === 'active')
      .map(([stage]) => ({ workflow_key: workflowKey, stage }));
    if (active.length > 0) await db.insertInto('report_active_stages').values(active).execute();
  }
  // The backfill: one pass over the history, grouped by card.
  await sql`update cards set started_at = s.at
    from (
      select h.card_id, min(h.at) as at
      from card_history as h
      join cards as c on c.id = h.card_id
      join report_active_stages as a on a.workflow_key = c.workflow_key and a.stage = h.to_stage
      group by h.card_id
    ) as s
    where s.card_id = cards.id`.execute(db);
  if (pg) {
    await sql`create function card_history_started_at() returns trigger language plpgsql as $$
      begin
        ${LOWER_START}
        return null;
      end $$`.execute(db);
    await sql`create trigger card_history_started_at after insert on card_history
      for each row execute function card_history_started_at()`.execute(db);
  } else {
    await sql`create trigger card_history_started_at after insert on card_history
      begin ${LOWER_START}
      end`.execute(db);
  }
  // The finished cards of a range, covering their start too.
  await db.schema.dropIndex('cards_workflow_stage_entered').execute();
  await db.schema
    .createIndex('cards_workflow_stage_entered')
    .on('cards')
    .columns([...COVERING, 'started_at'])
    .execute();
  await db.schema.dropIndex('card_history_card_stage_at').execute();
  await db.schema.dropIndex('card_history_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await sql`drop trigger if exists card_history_started_at${sql.raw(pg ? ' on card_history' : '')}`.execute(
    db,
  );
  if (pg) await sql`drop function if exists card_history_started_at()`.execute(db);
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
  await db.schema.dropIndex('cards_workflow_stage_entered').execute();
  await db.schema
    .createIndex('cards_workflow_stage_entered')
    .on('cards')
    .columns(COVERING)
    .execute();
  await db.schema.dropTable('report_active_stages').execute();
  await db.schema.alterTable('cards').dropColumn('started_at').execute();
}
