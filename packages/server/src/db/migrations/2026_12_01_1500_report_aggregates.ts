/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time: never import application types here, never edit after release.
// Pre-aggregates for the reports at 100,000 cards (docs/reports.md, "At scale"):
// - report_stage_days: per workflow, UTC day and stage, the stage entries (creations included) and
//   exits of the history. A trigger on card_history keeps it in the writing transaction, whoever
//   writes the row (a move, a creation, a migration, a seed): the cumulative flow sums days, not
//   history rows. Backfilled here from the existing history.
// - card_sla_outcomes / card_sla_target_outcomes: a finished card's SLA measurement, decided by the
//   engine's slaState() when the card entered its finished stage (the clocks stopped there), and
//   keyed by that entry (finished_at = cards.entered_at). The application writes them (the engine
//   is not reachable from SQL); the rows of existing cards are filled at start-up. Triggers add
//   them up per workflow, finish day and stage (report_sla_days, report_sla_target_days).
// Every total is split over `shard`s, summed by the reports: on PostgreSQL a trigger adds to the
// row of its own connection (pg_backend_pid() % 64), so concurrent writers never wait on one
// shared counter row — a per-day total would otherwise be a global lock on every move of a
// workflow (issue 9). SQLite has one writer: everything goes to shard 0.
import type { Kysely } from 'kysely';
import { PostgresAdapter, sql } from 'kysely';

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** The row of the totals this writer adds to (see above). */
const PG_SHARD = 'pg_backend_pid() % 64';
const SQLITE_SHARD = '0';

const entry = (shard: string) => `
    insert into report_stage_days (workflow_key, day, stage, shard, entered, exited)
      select c.workflow_key, substr(new.at, 1, 10), new.to_stage, ${shard}, 1, 0
      from cards as c where c.id = new.card_id
      on conflict (workflow_key, day, stage, shard)
        do update set entered = report_stage_days.entered + 1;`;
const exit = (shard: string) => `
    insert into report_stage_days (workflow_key, day, stage, shard, entered, exited)
      select c.workflow_key, substr(new.at, 1, 10), new.from_stage, ${shard}, 0, 1
      from cards as c where c.id = new.card_id and new.from_stage is not null
      on conflict (workflow_key, day, stage, shard)
        do update set exited = report_stage_days.exited + 1;`;
/** The two upserts of one history row `new` (a stage entry, and an exit unless a creation). */
const UPSERTS = sql.raw(entry(SQLITE_SHARD) + exit(SQLITE_SHARD));
/**
 * PostgreSQL: the same, taking the two rows' locks in stage order, so two moves in opposite
 * directions on one day wait for each other instead of deadlocking.
 */
const UPSERTS_IN_ORDER = sql.raw(`
    if new.from_stage is not null and new.from_stage < new.to_stage then
      ${exit(PG_SHARD)}
      ${entry(PG_SHARD)}
    else
      ${entry(PG_SHARD)}
      ${exit(PG_SHARD)}
    end if;`);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_stage_days')
    .addColumn('workflow_key', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('shard', 'integer', (c) => c.notNull())
    .addColumn('entered', 'integer', (c) => c.notNull())
    .addColumn('exited', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_stage_days_pk', ['workflow_key', 'day', 'stage', 'shard'])
    .execute();
  await sql`insert into report_stage_days (workflow_key, day, stage, shard, entered, exited)
    select workflow_key, day, stage, 0, sum(entered), sum(exited) from (
      select c.workflow_key, substr(h.at, 1, 10) as day, h.to_stage as stage,
        1 as entered, 0 as exited
      from card_history as h join cards as c on c.id = h.card_id
      where h.from_stage is null or h.from_stage <> h.to_stage
      union all
      select c.workflow_key, substr(h.at, 1, 10), h.from_stage, 0, 1
      from card_history as h join cards as c on c.id = h.card_id
      where h.from_stage is not null and h.from_stage <> h.to_stage
    ) as moves
    group by workflow_key, day, stage`.execute(db);
  if (isPostgres(db)) {
    await sql`create function card_history_stage_days() returns trigger language plpgsql as $$
      begin
        if new.from_stage is null or new.from_stage <> new.to_stage then
          ${UPSERTS_IN_ORDER}
        end if;
        return null;
      end $$`.execute(db);
    await sql`create trigger card_history_stage_days after insert on card_history
      for each row execute function card_history_stage_days()`.execute(db);
  } else {
    await sql`create trigger card_history_stage_days after insert on card_history
      when new.from_stage is null or new.from_stage <> new.to_stage
      begin ${UPSERTS}
      end`.execute(db);
  }

  await db.schema
    .createTable('card_sla_outcomes')
    .addColumn('card_id', 'text', (c) => c.primaryKey().references('cards.id'))
    .addColumn('workflow_key', 'text', (c) => c.notNull())
    .addColumn('workflow_version', 'integer', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text', (c) => c.notNull())
    .addColumn('measured_at', 'text', (c) => c.notNull())
    .addColumn('measured', 'integer', (c) => c.notNull())
    .addColumn('breached', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('card_sla_target_outcomes')
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id'))
    .addColumn('target_key', 'text', (c) => c.notNull())
    .addColumn('workflow_key', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('elapsed_ms', 'double precision', (c) => c.notNull())
    .addColumn('limit_ms', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('card_sla_target_outcomes_pk', ['card_id', 'target_key'])
    .execute();
  // Their totals per workflow, finish day and stage (and target): what the unfiltered report sums.
  await db.schema
    .createTable('report_sla_days')
    .addColumn('workflow_key', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('shard', 'integer', (c) => c.notNull())
    .addColumn('cards', 'integer', (c) => c.notNull())
    .addColumn('measured', 'integer', (c) => c.notNull())
    .addColumn('breached', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_sla_days_pk', ['workflow_key', 'day', 'stage', 'shard'])
    .execute();
  await db.schema
    .createTable('report_sla_target_days')
    .addColumn('workflow_key', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('target_key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('shard', 'integer', (c) => c.notNull())
    .addColumn('measured', 'integer', (c) => c.notNull())
    .addColumn('breached', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_sla_target_days_pk', [
      'workflow_key',
      'day',
      'stage',
      'target_key',
      'label',
      'position',
      'shard',
    ])
    .execute();
  for (const [name, table, bodyOf] of SLA_TRIGGERS) {
    const body = sql.raw(bodyOf(isPostgres(db) ? PG_SHARD : SQLITE_SHARD));
    if (isPostgres(db)) {
      await sql`create function ${sql.id(name)}() returns trigger language plpgsql as $$
        begin
          ${body}
          return null;
        end $$`.execute(db);
      const event = sql.raw(name.endsWith('_insert') ? 'insert' : 'delete');
      await sql`create trigger ${sql.id(name)} after ${event} on ${sql.id(table)}
        for each row execute function ${sql.id(name)}()`.execute(db);
    } else {
      const event = sql.raw(name.endsWith('_insert') ? 'insert' : 'delete');
      await sql`create trigger ${sql.id(name)} after ${event} on ${sql.id(table)}
        begin ${body}
        end`.execute(db);
    }
  }
}

/**
 * Triggers keeping the SLA day totals: a stored outcome adds to its day, a removed one takes off —
 * both in the writer's own shard (a removal may leave a shard's row negative; the sums are right).
 */
const SLA_TRIGGERS = [
  ['card_sla_outcomes_insert', 'card_sla_outcomes', (shard: string) => slaDay('new', shard, 1)],
  ['card_sla_outcomes_delete', 'card_sla_outcomes', (shard: string) => slaDay('old', shard, -1)],
  [
    'card_sla_target_outcomes_insert',
    'card_sla_target_outcomes',
    (shard: string) => slaTargetDay('new', shard, 1),
  ],
  [
    'card_sla_target_outcomes_delete',
    'card_sla_target_outcomes',
    (shard: string) => slaTargetDay('old', shard, -1),
  ],
] as const;

function slaDay(row: 'new' | 'old', shard: string, sign: 1 | -1): string {
  return `
      insert into report_sla_days (workflow_key, day, stage, shard, cards, measured, breached)
        values (${row}.workflow_key, substr(${row}.finished_at, 1, 10), ${row}.stage, ${shard},
          ${sign}, ${sign} * ${row}.measured, ${sign} * ${row}.breached)
        on conflict (workflow_key, day, stage, shard) do update set
          cards = report_sla_days.cards + excluded.cards,
          measured = report_sla_days.measured + excluded.measured,
          breached = report_sla_days.breached + excluded.breached;`;
}

function slaTargetDay(row: 'new' | 'old', shard: string, sign: 1 | -1): string {
  return `
      insert into report_sla_target_days
          (workflow_key, day, stage, target_key, label, position, shard, measured, breached)
        values (${row}.workflow_key, substr(${row}.finished_at, 1, 10), ${row}.stage,
          ${row}.target_key, ${row}.label, ${row}.position, ${shard}, ${sign},
          ${sign} * (case when ${row}.status = 'breached' then 1 else 0 end))
        on conflict (workflow_key, day, stage, target_key, label, position, shard) do update set
          measured = report_sla_target_days.measured + excluded.measured,
          breached = report_sla_target_days.breached + excluded.breached;`;
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  for (const [name, table] of [
    ...SLA_TRIGGERS,
    ['card_history_stage_days', 'card_history'] as const,
  ]) {
    await sql`drop trigger if exists ${sql.id(name)}${sql.raw(pg ? ` on ${table}` : '')}`.execute(
      db,
    );
    if (pg) await sql`drop function if exists ${sql.id(name)}()`.execute(db);
  }
  for (const table of [
    'report_sla_target_days',
    'report_sla_days',
    'card_sla_target_outcomes',
    'card_sla_outcomes',
    'report_stage_days',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
