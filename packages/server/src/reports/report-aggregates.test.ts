// The stored totals behind the cumulative flow and the SLA report (migration 1500) and the stored
// start of each card's cycle time (migration 1700) against the history itself: random workshops of
// creations, moves, a policy change published as a new version that also recategorises a stage,
// and a migration onto it, then every answer compared with one worked out here from the history
// rows alone (a replay for the flow and the cycle time, the engine's slaState() per finished card
// for the SLA). Then the stored rows are thrown away and rebuilt — the migrations' backfills, the
// start-up backfill — and must give the same answers again.
import fc from 'fast-check';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { CfdReport, DurationReport, SlaReport } from '@stageflow/api';
import { slaState, type WorkflowDefinition } from '@stageflow/engine';
import { eachStore } from '../../test/helpers/stores.ts';
import { admin, insertUsers, manager, ticketWorkflow } from '../../test/helpers/fixtures.ts';
import type { Store } from '../db/database.ts';
import * as reportAggregates from '../db/migrations/2026_12_01_1500_report_aggregates.ts';
import * as cardStartedAt from '../db/migrations/2026_12_01_1700_card_started_at.ts';
import { HttpProblem } from '../http/problem.ts';
import { createCard } from '../cards/card.service.ts';
import { transitionCard } from '../cards/transition.service.ts';
import { backfillSlaOutcomes } from '../sla/sla-outcomes.ts';
import { stageLogsOfCards } from '../sla/stage-log.query.ts';
import { getDefinition } from '../workflows/definition-cache.ts';
import { migrateCards } from '../workflows/migration.service.ts';
import { createWorkflow, publishWorkflowVersion } from '../workflows/workflow.service.ts';
import { distribution } from './duration-stats.ts';
import { computeReport } from './reports.service.ts';

const MIN = 60_000;
const START = Date.parse('2026-03-02T08:00:00.000Z');
const RANGE = { workflow: 'ticket', from: '2026-03-02', to: '2026-03-12' };

/** Version 1: the clock stops only in done, so a cancelled card's clock runs on (measured live). */
const v1: WorkflowDefinition = {
  ...ticketWorkflow,
  stages: ticketWorkflow.stages.map(({ wipLimit: _, ...s }) => s),
  slaPolicy: {
    stoppedIn: ['done'],
    calendar: {
      timeZone: 'Asia/Seoul',
      workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      workingHours: { start: '09:00', end: '18:00' },
    },
    targets: [
      { key: 'resolve', label: 'Resolve', within: { amount: 2, unit: 'days' } },
      {
        key: 'work',
        label: 'Work',
        stages: ['doing', 'review'],
        within: { amount: 6, unit: 'businessHours' },
      },
    ],
  },
};

/**
 * Version 2, the changed policy: no review, a tighter resolve target, a new reply target — and
 * `doing` recategorised as open (waiting, not work), so from its publication the reports count
 * only `review` (kept from version 1) as active, and cycle times start at the review.
 */
const v2 = {
  ...v1,
  version: 2,
  stages: v1.stages
    .filter((s) => s.key !== 'review')
    .map((s) => (s.key === 'doing' ? { ...s, category: 'open' as const } : s)),
  transitions: [
    { event: 'start', label: 'Start', from: 'todo', to: 'doing' },
    { event: 'finish', label: 'Finish', from: 'doing', to: 'done' },
    { event: 'cancel', label: 'Cancel', from: '*', to: 'cancelled' },
  ],
  slaPolicy: {
    targets: [
      { key: 'resolve', label: 'Resolve', within: { amount: 1, unit: 'days' } },
      { key: 'reply', label: 'Reply', stages: ['todo'], within: { amount: 4, unit: 'hours' } },
    ],
  },
} satisfies WorkflowDefinition;

type Op =
  | { kind: 'create'; assigned: boolean }
  | { kind: 'move'; card: number; event: string }
  | { kind: 'wait'; minutes: number }
  | { kind: 'publish' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('create' as const), assigned: fc.boolean() }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      card: fc.nat(7),
      // Mostly the card's next step forward; sometimes a cancel, or a move refused from its stage.
      event: fc.constantFrom('forward', 'forward', 'forward', 'forward', 'cancel', 'approve'),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('wait' as const),
      minutes: fc.integer({ min: 1, max: 10 * 60 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'publish' as const }) },
);

async function ignoringProblems(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (err) {
    if (!(err instanceof HttpProblem)) throw err;
  }
}

/** Plays the operations through the services, as the API would. */
async function play(store: Store, ops: Op[]) {
  await insertUsers(store);
  await createWorkflow(store, v1, admin, new Date(START - 60 * MIN).toISOString());
  let now = START;
  let published = false;
  const cards: { id: string; revision: number }[] = [];
  for (const o of ops) {
    const at = new Date(now).toISOString();
    if (o.kind === 'wait') now += o.minutes * MIN;
    else if (o.kind === 'create') {
      const created = await createCard(
        store,
        manager,
        {
          workflow: 'ticket',
          title: `Card ${cards.length}`,
          fields: { customer: 'Acme' },
          ...(o.assigned ? { assignee: manager.id } : {}),
        },
        { at },
      );
      const body = created.body as { id: string; revision: number };
      cards.push({ id: body.id, revision: body.revision });
    } else if (o.kind === 'move' && cards.length > 0) {
      const card = cards[o.card % cards.length]!;
      const { stage } = await store.db
        .selectFrom('cards')
        .select('stage')
        .where('id', '=', card.id)
        .executeTakeFirstOrThrow();
      const event =
        o.event !== 'forward'
          ? o.event
          : ({ todo: 'start', doing: published ? 'finish' : 'submit', review: 'approve' }[stage] ??
            'start');
      await ignoringProblems(async () => {
        const moved = await transitionCard(
          store,
          event === 'approve' ? admin : manager,
          card.id,
          card.revision,
          { event, ...(event === 'submit' ? { fields: { note: 'done' } } : {}) },
          { at },
        );
        card.revision = (moved.body as { revision: number }).revision;
      });
    } else if (o.kind === 'publish' && !published) {
      published = true;
      await publishWorkflowVersion(store, 'ticket', v2, admin, at);
      // Open cards move onto the new policy; those in review are finished by the migration.
      await migrateCards(
        store,
        'ticket',
        { fromVersion: 1, toVersion: 2, stageMap: { review: 'done' } },
        admin,
        at,
      );
      for (const card of cards) {
        const row = await store.db
          .selectFrom('cards')
          .select('revision')
          .where('id', '=', card.id)
          .executeTakeFirstOrThrow();
        card.revision = row.revision;
      }
    }
    now += MIN;
  }
  return new Date(now + 60 * MIN);
}

const DAY = 86_400_000;
const days = () => {
  const out: string[] = [];
  for (
    let t = Date.parse(`${RANGE.from}T00:00:00Z`);
    t <= Date.parse(`${RANGE.to}T00:00:00Z`);
    t += DAY
  )
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};

/** The flow replayed from the history rows: each card's stage at the end of each day. */
async function replayedFlow(store: Store, stages: string[], assignee?: string) {
  const rows = await store.db
    .selectFrom('card_history as h')
    .innerJoin('cards as c', 'c.id', 'h.card_id')
    .select(['h.card_id', 'h.to_stage', 'h.at', 'c.assignee_id'])
    .where('c.workflow_key', '=', 'ticket')
    .orderBy('h.card_id')
    .orderBy('h.revision')
    .execute();
  const byCard = new Map<string, { stage: string; at: string }[]>();
  for (const r of rows) {
    if (assignee !== undefined && r.assignee_id !== assignee) continue;
    byCard.set(r.card_id, [...(byCard.get(r.card_id) ?? []), { stage: r.to_stage, at: r.at }]);
  }
  return days().map((day) => {
    const end = new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString();
    const counts = Object.fromEntries(stages.map((s) => [s, 0]));
    for (const log of byCard.values()) {
      const last = log.filter((e) => e.at < end).at(-1);
      if (last) counts[last.stage] = (counts[last.stage] ?? 0) + 1;
    }
    return { day, counts };
  });
}

/** The SLA report worked out from the history: slaState() per card finished in the range. */
async function measuredSla(store: Store, now: Date, assignee?: string) {
  const versions = new Map<number, WorkflowDefinition>();
  for (const v of [1, 2]) {
    const row = await store.db
      .selectFrom('workflow_versions')
      .select('version')
      .where('workflow_key', '=', 'ticket')
      .where('version', '=', v)
      .executeTakeFirst();
    if (row) versions.set(v, await getDefinition(store, store.db, 'ticket', v));
  }
  const latest = versions.get(Math.max(...versions.keys()))!;
  const cards = await store.db
    .selectFrom('cards')
    .select(['id', 'entered_at', 'workflow_version'])
    .where('workflow_key', '=', 'ticket')
    .where('stage', 'in', ['done', 'cancelled'])
    .$if(assignee !== undefined, (q) => q.where('assignee_id', '=', assignee!))
    .where('entered_at', '>=', `${RANGE.from}T00:00:00.000Z`)
    .where('entered_at', '<', '2026-03-13T00:00:00.000Z')
    .orderBy('entered_at')
    .execute();
  const logs =
    cards.length === 0
      ? new Map()
      : await stageLogsOfCards(
          store.db,
          cards.map((c) => c.id),
        );
  const targets = new Map(
    latest.slaPolicy!.targets.map((t) => [
      t.key,
      { key: t.key, label: t.label, measured: 0, breached: 0 },
    ]),
  );
  const perDay = new Map(days().map((d) => [d, { finished: 0, breached: 0 }]));
  let finished = 0;
  let breached = 0;
  for (const card of cards) {
    const state = slaState(
      versions.get(Number(card.workflow_version))!,
      logs.get(card.id)!,
      now.toISOString(),
    );
    if (!state) continue;
    finished++;
    perDay.get(card.entered_at.slice(0, 10))!.finished++;
    if (state.targets.some((t) => t.status === 'breached')) {
      breached++;
      perDay.get(card.entered_at.slice(0, 10))!.breached++;
    }
    for (const t of state.targets) {
      if (!targets.has(t.key))
        targets.set(t.key, { key: t.key, label: t.label, measured: 0, breached: 0 });
      const row = targets.get(t.key)!;
      row.measured++;
      if (t.status === 'breached') row.breached++;
    }
  }
  return {
    finished,
    breached,
    targets: [...targets.values()],
    days: [...perDay].map(([day, n]) => ({ day, ...n })),
  };
}

/**
 * The cycle time replayed from the history rows: the reports' active stages (every version's
 * stages, the newest version's category first), each card's first row entering one of them, and
 * the cards finished (in `done`) in the range measured from it.
 */
async function replayedCycle(store: Store, assignee?: string) {
  const versions = await store.db
    .selectFrom('workflow_versions')
    .select('definition')
    .where('workflow_key', '=', 'ticket')
    .orderBy('version', 'desc')
    .execute();
  const category = new Map<string, string>();
  for (const v of versions) {
    for (const s of (JSON.parse(v.definition) as WorkflowDefinition).stages) {
      if (!category.has(s.key)) category.set(s.key, s.category);
    }
  }
  const rows = await store.db
    .selectFrom('card_history')
    .select(['card_id', 'to_stage', 'at'])
    .orderBy('card_id')
    .orderBy('revision')
    .execute();
  const starts = new Map<string, string | null>();
  for (const r of rows) {
    const first = starts.get(r.card_id) ?? null;
    const entersActive = category.get(r.to_stage) === 'active';
    starts.set(r.card_id, entersActive && (first === null || r.at < first) ? r.at : first);
  }
  const finished = await store.db
    .selectFrom('cards')
    .select(['id', 'entered_at'])
    .where('workflow_key', '=', 'ticket')
    .where('stage', '=', 'done')
    .$if(assignee !== undefined, (q) => q.where('assignee_id', '=', assignee!))
    .where('entered_at', '>=', `${RANGE.from}T00:00:00.000Z`)
    .where('entered_at', '<', '2026-03-13T00:00:00.000Z')
    .orderBy('entered_at')
    .execute();
  const measured = finished
    .map((c) => ({ id: c.id, start: starts.get(c.id) ?? null, finished: c.entered_at }))
    .filter((c): c is { id: string; start: string; finished: string } => c.start !== null);
  return {
    starts,
    report: distribution(measured.map((c) => Date.parse(c.finished) - Date.parse(c.start))),
    csv: measured.map((c) => [c.id, c.start, c.finished]),
  };
}

/** Every card's stored start (cards.started_at). */
async function storedStarts(store: Store) {
  const rows = await store.db.selectFrom('cards').select(['id', 'started_at']).execute();
  return new Map(rows.map((r) => [r.id, r.started_at]));
}

async function reports(store: Store, now: Date) {
  const cfd = (await computeReport(store, 'cfd', RANGE, now)).body as CfdReport;
  const mine = (await computeReport(store, 'cfd', { ...RANGE, assignee: manager.id }, now))
    .body as CfdReport;
  const sla = (await computeReport(store, 'sla', RANGE, now)).body as SlaReport;
  const slaMine = (await computeReport(store, 'sla', { ...RANGE, assignee: manager.id }, now))
    .body as SlaReport;
  const cycle = (await computeReport(store, 'cycle-time', RANGE, now)).body as DurationReport;
  const cycleMine = (
    await computeReport(store, 'cycle-time', { ...RANGE, assignee: manager.id }, now)
  ).body as DurationReport;
  const cycleCsv = (
    await computeReport(store, 'cycle-time', { ...RANGE, format: 'csv' }, now)
  ).table('en');
  return {
    cfd,
    mine,
    cycle: { ...cycle, generatedAt: undefined },
    cycleMine: { ...cycleMine, generatedAt: undefined },
    cycleCsv: cycleCsv.rows.map((r) => [r[0], r[4], r[5]]),
    sla: { ...sla, generatedAt: undefined },
    slaMine: { ...slaMine, generatedAt: undefined },
  };
}

async function storedRows(store: Store) {
  const total = async (
    table: 'card_sla_outcomes' | 'report_stage_days' | 'report_sla_days' | 'report_sla_target_days',
    column: 'cards' | 'measured' | 'entered' | null = null,
  ) =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select(() =>
            (column ? sql`coalesce(sum(${sql.ref(column)}), 0)` : sql`count(*)`).as('n'),
          )
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    outcomes: await total('card_sla_outcomes'),
    // Workflow/day/stage groups, not rows: on PostgreSQL a group is split over the writers'
    // shards (pg_backend_pid() % 64), so its row count depends on which connections wrote.
    days: (
      await store.db
        .selectFrom('report_stage_days')
        .select(['workflow_key', 'day', 'stage'])
        .distinct()
        .execute()
    ).length,
    entries: await total('report_stage_days', 'entered'),
    slaCards: await total('report_sla_days', 'cards'),
    slaTargets: await total('report_sla_target_days', 'measured'),
  };
}

eachStore('report aggregates', (t) => {
  it('keep the flow, the SLA outcomes and the cycle time’s stored start exact through moves, a new version that recategorises a stage and a migration, and rebuild the same', async () => {
    let runs = 0;
    let storedAndLive = 0;
    let publishedAndMeasured = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 40, maxLength: 90 }), async (ops) => {
        // Each run on a clean slate: the same store, emptied of the previous run's workshop.
        if (runs++ > 0) {
          for (const table of [
            'report_active_stages',
            'card_sla_target_outcomes',
            'card_sla_outcomes',
            'report_sla_target_days',
            'report_sla_days',
            'report_stage_days',
            'sla_escalations',
            'timers',
            'changes',
            'change_outbox',
            'idempotency_keys',
            'notifications',
            'surveys',
            'card_history',
            'cards',
            'workflow_versions',
            'workflows',
          ] as const) {
            await t.store.db.deleteFrom(table).execute();
          }
        }
        const now = await play(t.store, ops);
        const stages = ['todo', 'doing', 'review', 'done', 'cancelled'];
        const got = await reports(t.store, now);
        expect(got.cfd.days).toEqual(await replayedFlow(t.store, stages));
        expect(got.mine.days).toEqual(await replayedFlow(t.store, stages, manager.id));
        const answers = (sla: Pick<SlaReport, 'finished' | 'breached' | 'targets' | 'days'>) => ({
          finished: sla.finished,
          breached: sla.breached,
          targets: sla.targets.map(({ labels: _, ...rest }) => rest),
          days: sla.days,
        });
        expect(answers(got.sla)).toEqual(await measuredSla(t.store, now));
        expect(answers(got.slaMine)).toEqual(await measuredSla(t.store, now, manager.id));
        const cycle = await replayedCycle(t.store);
        expect(await storedStarts(t.store)).toEqual(cycle.starts);
        expect(got.cycle).toMatchObject(cycle.report);
        expect(got.cycleMine).toMatchObject((await replayedCycle(t.store, manager.id)).report);
        expect(got.cycleCsv).toEqual(cycle.csv);
        // Runs that published version 2 (recategorising `doing`) and still measured cycle times.
        const published = await t.store.db
          .selectFrom('workflow_versions')
          .select('version')
          .where('version', '=', 2)
          .execute();
        if (published.length > 0 && cycle.report.count > 0) publishedAndMeasured++;

        // Both paths ran: stored outcomes (done cards) and live ones (cancelled: clock runs on).
        const live = await t.store.db
          .selectFrom('cards as c')
          .select('c.id')
          .where('c.stage', '=', 'cancelled')
          .where('c.workflow_version', '=', 1)
          .execute();
        const before = await storedRows(t.store);
        if (before.outcomes > 0 && live.length > 0) storedAndLive++;
        if (process.env.SHOW_RUNS)
          console.log(before, live.length, got.sla.finished, got.sla.breached);

        // The migration's backfill of the day totals, and the start-up backfill of the outcomes.
        await reportAggregates.down(t.store.db);
        await reportAggregates.up(t.store.db);
        expect((await storedRows(t.store)).outcomes).toBe(0);
        expect(await reports(t.store, now)).toEqual(got);
        await backfillSlaOutcomes(t.store);
        expect(await storedRows(t.store)).toEqual(before);
        expect(await reports(t.store, now)).toEqual(got);

        // The started_at backfill: the column dropped and rebuilt from the history alone.
        await cardStartedAt.down(t.store.db);
        await cardStartedAt.up(t.store.db);
        expect(await storedStarts(t.store)).toEqual(cycle.starts);
        expect(await reports(t.store, now)).toEqual(got);
      }),
      { numRuns: t.dialect === 'sqlite' ? 25 : 6, seed: 1500 },
    );
    expect(storedAndLive).toBeGreaterThan(0);
    expect(publishedAndMeasured).toBeGreaterThan(0);
  }, 120_000);

  it('stores a finished card’s outcome in the move that finished it, measured by slaState()', async () => {
    const now = await play(t.store, [{ kind: 'create', assigned: false }]);
    const card = await t.store.db
      .selectFrom('cards')
      .select(['id', 'revision'])
      .executeTakeFirstOrThrow();
    const at = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();
    let revision = card.revision;
    for (const [event, h] of [
      ['start', 1],
      ['submit', 2],
      ['approve', 3],
    ] as const) {
      const moved = await transitionCard(
        t.store,
        event === 'approve' ? admin : manager,
        card.id,
        revision,
        { event, ...(event === 'submit' ? { fields: { note: 'x' } } : {}) },
        { at: at(h) },
      );
      revision = (moved.body as { revision: number }).revision;
    }
    const stored = await t.store.db
      .selectFrom('card_sla_outcomes')
      .selectAll()
      .where('card_id', '=', card.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ finished_at: at(3), measured: 1, breached: 0 });
    const targets = await t.store.db
      .selectFrom('card_sla_target_outcomes')
      .select(['target_key', 'status', 'elapsed_ms'])
      .where('card_id', '=', card.id)
      .orderBy('position')
      .execute();
    expect(targets.map((r) => [r.target_key, r.status, Number(r.elapsed_ms)])).toEqual([
      ['resolve', 'ok', Date.parse(at(3)) - START],
      ['work', expect.any(String), expect.any(Number)],
    ]);
  });
});
