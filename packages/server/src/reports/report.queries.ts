// The SQL behind the reports: range seeks on the indexes of migrations 1000 and 1700 (cards only:
// no report reads card_history by time or by stage), aggregates where the
// database can do them, the same statements on SQLite and PostgreSQL (ISO text timestamps compare
// and cut the same way on both).
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ReportContext } from './report-scope.ts';

type Db = Kysely<Database>;
type CardsEb = ExpressionBuilder<Database & { c: Database['cards'] }, 'c'>;

/** The assignee filter on `cards as c`. */
function assigneeIs(ctx: ReportContext) {
  const assignee = ctx.scope.assignee;
  return (eb: CardsEb) =>
    assignee === null
      ? sql<boolean>`1 = 1`
      : assignee === 'none'
        ? eb('c.assignee_id', 'is', null)
        : eb('c.assignee_id', '=', assignee);
}

export interface FinishedCard {
  id: string;
  title: string;
  stage: string;
  assignee_id: string | null;
  workflow_version: number;
  created_at: string;
  /** When it entered the finished stage it is in now. */
  finished_at: string;
  /** When it first entered an active stage; null if it never did (or not asked for). */
  started_at: string | null;
}

/** Cards in one of `stages` now that entered it within the range. */
export async function finishedCards(
  ctx: ReportContext,
  stages: string[],
  activeStages: string[] | null,
): Promise<FinishedCard[]> {
  if (stages.length === 0) return [];
  const rows = await ctx.store.db
    .selectFrom('cards as c')
    .select(['c.id', 'c.stage', 'c.assignee_id', 'c.created_at', 'c.entered_at as finished_at'])
    // Titles and versions are not in the covering index: read only when they are needed.
    .$if(ctx.detail, (q) => q.select(['c.title', 'c.workflow_version']))
    // The stored first active entry (reports/started-at.ts), kept for the same `activeStages`.
    .select(
      activeStages && activeStages.length > 0
        ? sql<string | null>`c.started_at`.as('started_at')
        : sql<string | null>`null`.as('started_at'),
    )
    .where('c.workflow_key', '=', ctx.scope.workflow.key)
    .where('c.stage', 'in', stages)
    .where('c.entered_at', '>=', ctx.fromIso)
    .where('c.entered_at', '<', ctx.toIso)
    .where(assigneeIs(ctx))
    .orderBy('c.entered_at')
    .execute();
  // Normalised in place: at 100,000 cards a copy of every row is most of the report's time.
  for (const r of rows) {
    r.title ??= '';
    r.workflow_version = Number(r.workflow_version ?? 0);
  }
  return rows as FinishedCard[];
}

/**
 * Durations in ms of the cards finished in one of `stages` within the range, worked out by the
 * database (at 100,000 cards turning each card into an object is most of the report): from
 * creation, or with `activeStages` (the report's active stages, which report_active_stages
 * mirrors) from the first entry into one of them (cards never active are left out).
 */
export async function finishedDurations(
  ctx: ReportContext,
  stages: string[],
  activeStages: string[] | null,
): Promise<number[]> {
  if (stages.length === 0 || activeStages?.length === 0) return [];
  const db = ctx.store.db;
  // With `activeStages`: the first entry into one of them, stored on the card (started-at.ts)
  // for exactly the stages the reports count as active, in the covering index.
  const start = activeStages ? sql<string | null>`c.started_at` : sql<string>`c.created_at`;
  const rows = await db
    .selectFrom('cards as c')
    .select(ctx.store.adapter.msBetween(start, sql<string>`c.entered_at`).as('ms'))
    .where('c.workflow_key', '=', ctx.scope.workflow.key)
    .where('c.stage', 'in', stages)
    .where('c.entered_at', '>=', ctx.fromIso)
    .where('c.entered_at', '<', ctx.toIso)
    .where(assigneeIs(ctx))
    .execute();
  const durations: number[] = [];
  for (const r of rows) if (r.ms !== null) durations.push(Number(r.ms));
  return durations;
}

/** Per finish day and stage: cards that entered one of `stages` that day and are still there. */
export async function finishedPerDay(ctx: ReportContext, stages: string[]) {
  if (stages.length === 0) return [];
  const day = sql<string>`substr(c.entered_at, 1, 10)`;
  const rows = await ctx.store.db
    .selectFrom('cards as c')
    .select([day.as('day'), 'c.stage', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('c.workflow_key', '=', ctx.scope.workflow.key)
    .where('c.stage', 'in', stages)
    .where('c.entered_at', '>=', ctx.fromIso)
    .where('c.entered_at', '<', ctx.toIso)
    .where(assigneeIs(ctx))
    .groupBy([day, 'c.stage'])
    .execute();
  return rows.map((r) => ({ day: r.day, stage: r.stage, n: Number(r.n) }));
}

/** Stage → cards in it now. */
export async function currentCounts(ctx: ReportContext): Promise<Map<string, number>> {
  const rows = await ctx.store.db
    .selectFrom('cards as c')
    .select(['c.stage', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('c.workflow_key', '=', ctx.scope.workflow.key)
    .where(assigneeIs(ctx))
    .groupBy('c.stage')
    .execute();
  return new Map(rows.map((r) => [r.stage, Number(r.n)]));
}

export interface StageMoves {
  day: string;
  from_stage: string | null;
  to_stage: string;
  n: number;
}

/**
 * Stage changes (and creations) since the range began, counted by UTC day and direction. Read for
 * a filtered flow only (the unfiltered one sums the day totals): from the filtered cards, each
 * card's history by the (card_id, revision) index — no index on card_history by time is kept.
 */
export async function stageMovesSince(ctx: ReportContext): Promise<StageMoves[]> {
  const day = sql<string>`substr(h.at, 1, 10)`;
  const rows = await ctx.store.db
    .selectFrom('cards as c')
    .innerJoin('card_history as h', 'h.card_id', 'c.id')
    .select([
      day.as('day'),
      'h.from_stage',
      'h.to_stage',
      (eb) => eb.fn.countAll<number | string>().as('n'),
    ])
    .where('h.at', '>=', ctx.fromIso)
    .where('c.workflow_key', '=', ctx.scope.workflow.key)
    .where((eb) =>
      eb.or([eb('h.from_stage', 'is', null), eb('h.from_stage', '<>', eb.ref('h.to_stage'))]),
    )
    .where(assigneeIs(ctx))
    .groupBy([day, 'h.from_stage', 'h.to_stage'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

export interface OpenCard {
  id: string;
  title: string;
  stage: string;
  assignee_id: string | null;
  created_at: string;
  entered_at: string;
}

/** Cards in one of `stages` now. */
export async function cardsIn(ctx: ReportContext, stages: string[]): Promise<OpenCard[]> {
  if (stages.length === 0) return [];
  return ctx.store.db
    .selectFrom('cards as c')
    .select(['c.id', 'c.title', 'c.stage', 'c.assignee_id', 'c.created_at', 'c.entered_at'])
    .where('c.workflow_key', '=', ctx.scope.workflow.key)
    .where('c.stage', 'in', stages)
    .where(assigneeIs(ctx))
    .execute();
}

/** Per stage: cards now in it and the total of `moneyKey` over them. */
export async function stageAmounts(ctx: ReportContext, stages: string[], moneyKey: string | null) {
  if (stages.length === 0) return [];
  const amount = moneyKey ? ctx.store.adapter.cardFieldNumber(moneyKey) : sql<null>`null`;
  const rows = await ctx.store.db
    .selectFrom('cards as c')
    .select([
      'c.stage',
      (eb) => eb.fn.countAll<number | string>().as('n'),
      sql<number | string | null>`sum(${amount})`.as('amount'),
    ])
    .where('c.workflow_key', '=', ctx.scope.workflow.key)
    .where('c.stage', 'in', stages)
    .where(assigneeIs(ctx))
    .groupBy('c.stage')
    .execute();
  return rows.map((r) => ({ stage: r.stage, n: Number(r.n), amount: Number(r.amount ?? 0) }));
}

/** Total of `moneyKey` over the cards that entered one of `stages` within the range. */
export async function amountEntered(ctx: ReportContext, stages: string[], moneyKey: string | null) {
  if (stages.length === 0) return { n: 0, amount: 0 };
  const amount = moneyKey ? ctx.store.adapter.cardFieldNumber(moneyKey) : sql<null>`null`;
  const row = await ctx.store.db
    .selectFrom('cards as c')
    .select([
      (eb) => eb.fn.countAll<number | string>().as('n'),
      sql<number | string | null>`sum(${amount})`.as('amount'),
    ])
    .where('c.workflow_key', '=', ctx.scope.workflow.key)
    .where('c.stage', 'in', stages)
    .where('c.entered_at', '>=', ctx.fromIso)
    .where('c.entered_at', '<', ctx.toIso)
    .where(assigneeIs(ctx))
    .executeTakeFirstOrThrow();
  return { n: Number(row.n), amount: Number(row.amount ?? 0) };
}

/** Per assignee and stage: open cards and how many are past their due time. */
export async function assigneeLoads(ctx: ReportContext, stages: string[]) {
  if (stages.length === 0) return [];
  const rows = await ctx.store.db
    .selectFrom('cards as c')
    .select([
      'c.assignee_id',
      'c.stage',
      (eb) => eb.fn.countAll<number | string>().as('n'),
      sql<
        number | string | null
      >`sum(case when c.due_at is not null and c.due_at < ${ctx.now} then 1 else 0 end)`.as(
        'overdue',
      ),
    ])
    .where('c.workflow_key', '=', ctx.scope.workflow.key)
    .where('c.stage', 'in', stages)
    .where(assigneeIs(ctx))
    .groupBy(['c.assignee_id', 'c.stage'])
    .execute();
  return rows.map((r) => ({
    assignee: r.assignee_id,
    stage: r.stage,
    n: Number(r.n),
    overdue: Number(r.overdue ?? 0),
  }));
}

/** Per assignee: cards that entered one of `stages` within the range. */
export async function finishedPerAssignee(ctx: ReportContext, stages: string[]) {
  if (stages.length === 0) return [];
  // Grouped by an expression equal to the assignee (null stays null): grouped by the column
  // itself, SQLite with ANALYZE statistics may walk the whole (workflow_key, assignee_id) index
  // for its order, reading every card's row (about 250 ms at 100,000 cards against 50 ms for the
  // covering range scan and a sort; seen on some seeds of the bench, not others).
  const assignee = sql<string | null>`c.assignee_id || ''`;
  const rows = await ctx.store.db
    .selectFrom('cards as c')
    .select([assignee.as('assignee_id'), (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('c.workflow_key', '=', ctx.scope.workflow.key)
    .where('c.stage', 'in', stages)
    .where('c.entered_at', '>=', ctx.fromIso)
    .where('c.entered_at', '<', ctx.toIso)
    .where(assigneeIs(ctx))
    .groupBy(assignee)
    .execute();
  return rows.map((r) => ({ assignee: r.assignee_id, n: Number(r.n) }));
}

export async function userNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Surveys of the workflow with `column` within the range (of cards passing the filter). */
function surveysQuery(ctx: ReportContext, column: 'created_at' | 'answered_at') {
  return ctx.store.db
    .selectFrom('surveys as s')
    .where('s.workflow_key', '=', ctx.scope.workflow.key)
    .where(`s.${column}`, '>=', ctx.fromIso)
    .where(`s.${column}`, '<', ctx.toIso)
    .$if(ctx.scope.assignee !== null, (q) =>
      q.where(
        's.card_id',
        'in',
        ctx.store.db.selectFrom('cards as c').select('c.id').where(assigneeIs(ctx)),
      ),
    );
}

export async function surveysSent(ctx: ReportContext): Promise<number> {
  const row = await surveysQuery(ctx, 'created_at')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function surveysAnswered(ctx: ReportContext) {
  return surveysQuery(ctx, 'answered_at').select(['s.score', 's.answered_at']).execute();
}

/**
 * The same moves as stageMovesSince, from the per-day totals the history trigger keeps (migration
 * 1500): per day since the range began and stage, entries minus exits. Not by assignee: the
 * totals do not know who holds a card now, so a filtered flow reads the history.
 */
export async function stageDaysSince(ctx: ReportContext): Promise<StageMoves[]> {
  const fromDay = ctx.fromIso.slice(0, 10);
  const rows = await ctx.store.db
    .selectFrom('report_stage_days as d')
    .select((eb) => [
      'd.day',
      'd.stage',
      eb.fn.sum<number | string>('d.entered').as('entered'),
      eb.fn.sum<number | string>('d.exited').as('exited'),
    ])
    .where('d.workflow_key', '=', ctx.scope.workflow.key)
    .where('d.day', '>=', fromDay)
    .groupBy(['d.day', 'd.stage'])
    .orderBy('d.day')
    .orderBy('d.stage')
    .execute();
  const moves: StageMoves[] = [];
  for (const r of rows) {
    // Undoing n entries into a stage and m exits from it: a move of n − m "into" the stage.
    const entered = Number(r.entered);
    const exited = Number(r.exited);
    if (entered > 0) moves.push({ day: r.day, from_stage: null, to_stage: r.stage, n: entered });
    if (exited > 0) moves.push({ day: r.day, from_stage: null, to_stage: r.stage, n: -exited });
  }
  return moves;
}

/** Finished cards of the range joined to their stored SLA outcome (still describing them). */
function storedOutcomes(ctx: ReportContext, stages: string[]) {
  return ctx.store.db
    .selectFrom('cards as c')
    .innerJoin('card_sla_outcomes as o', (j) =>
      j.onRef('o.card_id', '=', 'c.id').onRef('o.finished_at', '=', 'c.entered_at'),
    )
    .where('c.workflow_key', '=', ctx.scope.workflow.key)
    .where('c.stage', 'in', stages)
    .where('c.entered_at', '>=', ctx.fromIso)
    .where('c.entered_at', '<', ctx.toIso)
    .where(assigneeIs(ctx));
}

export interface OutcomeDay {
  day: string;
  stage: string;
  cards: number;
  measured: number;
  breached: number;
}

export interface OutcomeTarget {
  key: string;
  label: string;
  position: number;
  /** The first finish day of a card measured on it. */
  first: string;
  measured: number;
  breached: number;
}

type Count = number | string | bigint | null;

/** A database row of day totals (sums come back as text or numbers, by driver) as an OutcomeDay. */
function toOutcomeDay(r: {
  day: string;
  stage: string;
  cards: Count;
  measured: Count;
  breached: Count;
}): OutcomeDay {
  return {
    day: r.day,
    stage: r.stage,
    cards: Number(r.cards),
    measured: Number(r.measured),
    breached: Number(r.breached),
  };
}

function toOutcomeTarget(r: {
  target_key: string;
  label: string;
  position: unknown;
  first: unknown;
  measured: Count;
  breached: Count;
}): OutcomeTarget {
  return {
    key: r.target_key,
    label: r.label,
    position: Number(r.position),
    first: String(r.first),
    measured: Number(r.measured),
    breached: Number(r.breached),
  };
}

/** The stored outcomes' totals per finish day and stage (migration 1500's triggers keep them). */
export async function slaDayTotals(ctx: ReportContext, stages: string[]): Promise<OutcomeDay[]> {
  if (stages.length === 0) return [];
  const rows = await ctx.store.db
    .selectFrom('report_sla_days as d')
    .select((eb) => [
      'd.day',
      'd.stage',
      eb.fn.sum<number | string>('d.cards').as('cards'),
      eb.fn.sum<number | string>('d.measured').as('measured'),
      eb.fn.sum<number | string>('d.breached').as('breached'),
    ])
    .where('d.workflow_key', '=', ctx.scope.workflow.key)
    .where('d.day', '>=', ctx.scope.from)
    .where('d.day', '<=', ctx.scope.to)
    .where('d.stage', 'in', stages)
    .groupBy(['d.day', 'd.stage'])
    .execute();
  return rows.map(toOutcomeDay);
}

/** The stored outcomes' totals per target over the range. */
export async function slaTargetTotals(
  ctx: ReportContext,
  stages: string[],
): Promise<OutcomeTarget[]> {
  if (stages.length === 0) return [];
  // Per day first (the shards summed): a day whose outcomes were all replaced counts for nothing.
  const perDay = ctx.store.db
    .selectFrom('report_sla_target_days as d')
    .select((eb) => [
      'd.target_key',
      'd.label',
      'd.position',
      'd.day',
      eb.fn.sum<number | string>('d.measured').as('measured'),
      eb.fn.sum<number | string>('d.breached').as('breached'),
    ])
    .where('d.workflow_key', '=', ctx.scope.workflow.key)
    .where('d.day', '>=', ctx.scope.from)
    .where('d.day', '<=', ctx.scope.to)
    .where('d.stage', 'in', stages)
    .groupBy(['d.target_key', 'd.label', 'd.position', 'd.day'])
    .having((eb) => eb.fn.sum('d.measured'), '>', 0);
  const rows = await ctx.store.db
    .selectFrom(perDay.as('t'))
    .select((eb) => [
      't.target_key',
      't.label',
      eb.fn.min('t.position').as('position'),
      eb.fn.min('t.day').as('first'),
      eb.fn.sum<number | string>('t.measured').as('measured'),
      eb.fn.sum<number | string>('t.breached').as('breached'),
    ])
    .groupBy(['t.target_key', 't.label'])
    .execute();
  return rows.map(toOutcomeTarget);
}

/** Stage → cards finished in it within the range (the covering index alone). */
export async function finishedPerStage(
  ctx: ReportContext,
  stages: string[],
): Promise<Map<string, number>> {
  if (stages.length === 0) return new Map();
  const rows = await ctx.store.db
    .selectFrom('cards as c')
    .select(['c.stage', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('c.workflow_key', '=', ctx.scope.workflow.key)
    .where('c.stage', 'in', stages)
    .where('c.entered_at', '>=', ctx.fromIso)
    .where('c.entered_at', '<', ctx.toIso)
    .where(assigneeIs(ctx))
    .groupBy('c.stage')
    .execute();
  return new Map(rows.map((r) => [r.stage, Number(r.n)]));
}

/** Per finish day and stage: the filtered cards' stored outcomes, measured and breached. */
export async function storedOutcomeDays(
  ctx: ReportContext,
  stages: string[],
): Promise<OutcomeDay[]> {
  if (stages.length === 0) return [];
  const day = sql<string>`substr(c.entered_at, 1, 10)`;
  const rows = await storedOutcomes(ctx, stages)
    .select([
      day.as('day'),
      'c.stage',
      (eb) => eb.fn.countAll<number | string>().as('cards'),
      sql<number | string>`sum(o.measured)`.as('measured'),
      sql<number | string>`sum(o.breached)`.as('breached'),
    ])
    .groupBy([day, 'c.stage'])
    .execute();
  return rows.map(toOutcomeDay);
}

/** Per target of the filtered cards' stored outcomes: measured, breached, first finish day. */
export async function storedOutcomeTargets(
  ctx: ReportContext,
  stages: string[],
): Promise<OutcomeTarget[]> {
  if (stages.length === 0) return [];
  const rows = await storedOutcomes(ctx, stages)
    .innerJoin('card_sla_target_outcomes as t', 't.card_id', 'c.id')
    .select([
      't.target_key',
      't.label',
      (eb) => eb.fn.min('t.position').as('position'),
      (eb) => eb.fn.min(sql<string>`substr(c.entered_at, 1, 10)`).as('first'),
      (eb) => eb.fn.countAll<number | string>().as('measured'),
      sql<number | string>`sum(case when t.status = 'breached' then 1 else 0 end)`.as('breached'),
    ])
    .groupBy(['t.target_key', 't.label'])
    .execute();
  return rows.map(toOutcomeTarget);
}

/** Finished cards of the range without a stored outcome: the SLA report measures them live. */
export async function finishedWithoutOutcome(ctx: ReportContext, stages: string[]) {
  if (stages.length === 0) return [];
  const rows = await ctx.store.db
    .selectFrom('cards as c')
    .select(['c.id', 'c.entered_at as finished_at', 'c.workflow_version'])
    .where('c.workflow_key', '=', ctx.scope.workflow.key)
    .where('c.stage', 'in', stages)
    .where('c.entered_at', '>=', ctx.fromIso)
    .where('c.entered_at', '<', ctx.toIso)
    .where(assigneeIs(ctx))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('card_sla_outcomes as o')
            .select('o.card_id')
            .whereRef('o.card_id', '=', 'c.id')
            .whereRef('o.finished_at', '=', 'c.entered_at'),
        ),
      ),
    )
    .orderBy('c.entered_at')
    .execute();
  return rows.map((r) => ({ ...r, workflow_version: Number(r.workflow_version) }));
}
