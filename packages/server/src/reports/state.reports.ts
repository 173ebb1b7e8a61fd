// Reports on the work as it stands now: aging of open cards, pipeline value, workload per person.
import type { AgingReport, PipelineReport, WorkloadReport } from '@stageflow/api';
import { distribution, msToDays } from './duration-stats.ts';
import {
  amountEntered,
  assigneeLoads,
  cardsIn,
  finishedPerAssignee,
  stageAmounts,
  userNames,
} from './report.queries.ts';
import { stageKeys, type ReportContext } from './report-scope.ts';
import { stageLabelIn, type ReportResult } from './report-result.ts';

const OLDEST = 20;

/** Open work now: age = now − created, in stage = now − entered its current stage. */
export async function agingReport(ctx: ReportContext): Promise<ReportResult<AgingReport>> {
  const nowMs = Date.parse(ctx.now);
  const cards = (await cardsIn(ctx, stageKeys(ctx, ['open', 'active']))).map((c) => ({
    ...c,
    ageMs: Math.max(0, nowMs - Date.parse(c.created_at)),
    inStageMs: Math.max(0, nowMs - Date.parse(c.entered_at)),
  }));
  cards.sort((a, b) => b.ageMs - a.ageMs || a.id.localeCompare(b.id));
  const stages = ctx.stages
    .filter((s) => s.category === 'open' || s.category === 'active')
    .map((s) => {
      const { p50Ms, p85Ms, maxMs, buckets, count } = distribution(
        cards.filter((c) => c.stage === s.key).map((c) => c.ageMs),
      );
      return { ...s, count, p50Ms, p85Ms, maxMs, buckets };
    });
  return {
    body: {
      ...ctx.scope,
      report: 'aging',
      count: cards.length,
      stages,
      oldest: cards.slice(0, OLDEST).map((c) => ({
        id: c.id,
        title: c.title,
        stage: c.stage,
        assignee: c.assignee_id,
        ageMs: c.ageMs,
        inStageMs: c.inStageMs,
      })),
    },
    table: (locale) => ({
      columns: [
        'card_id',
        'title',
        'stage',
        'assignee_id',
        'created',
        'entered_stage',
        'age_days',
        'in_stage_days',
      ],
      rows: cards.map((c) => [
        c.id,
        c.title,
        stageLabelIn(ctx.stages, c.stage, locale),
        c.assignee_id,
        c.created_at,
        c.entered_at,
        msToDays(c.ageMs),
        msToDays(c.inStageMs),
      ]),
    }),
  };
}

/** Open cards' total of the workflow's first money field, per stage; won = entered done in range. */
export async function pipelineReport(ctx: ReportContext): Promise<ReportResult<PipelineReport>> {
  const money = ctx.latest.fields.find((f) => f.type === 'money');
  const key = money?.key ?? null;
  const [perStage, won] = await Promise.all([
    stageAmounts(ctx, stageKeys(ctx, ['open', 'active']), key),
    amountEntered(ctx, stageKeys(ctx, ['done']), key),
  ]);
  const stages = ctx.stages
    .filter((s) => s.category === 'open' || s.category === 'active')
    .map((s) => {
      const row = perStage.find((r) => r.stage === s.key);
      return { ...s, count: row?.n ?? 0, amount: row?.amount ?? 0 };
    });
  const currency = money?.type === 'money' ? (money.currency ?? null) : null;
  return {
    body: {
      ...ctx.scope,
      report: 'pipeline',
      field: money ? { key: money.key, label: money.label, currency } : null,
      count: stages.reduce((s, r) => s + r.count, 0),
      amount: stages.reduce((s, r) => s + r.amount, 0),
      stages,
      won: { count: won.n, amount: won.amount },
    },
    table: (locale) => ({
      columns: ['stage', 'cards', 'amount', 'currency'],
      rows: stages.map((s) => [
        stageLabelIn(ctx.stages, s.key, locale),
        s.count,
        s.amount,
        currency,
      ]),
    }),
  };
}

/** Per person (current assignee): open and active cards now, overdue among them, finished in range. */
export async function workloadReport(ctx: ReportContext): Promise<ReportResult<WorkloadReport>> {
  const active = new Set(stageKeys(ctx, ['active']));
  const [loads, finished] = await Promise.all([
    assigneeLoads(ctx, stageKeys(ctx, ['open', 'active'])),
    finishedPerAssignee(ctx, stageKeys(ctx, ['done'])),
  ]);
  const people = new Map<string | null, WorkloadReport['people'][number]>();
  const person = (assignee: string | null) => {
    let row = people.get(assignee);
    if (!row) {
      row = { assignee, name: null, open: 0, active: 0, overdue: 0, finished: 0 };
      people.set(assignee, row);
    }
    return row;
  };
  for (const load of loads) {
    const row = person(load.assignee);
    row[active.has(load.stage) ? 'active' : 'open'] += load.n;
    row.overdue += load.overdue;
  }
  for (const f of finished) person(f.assignee).finished += f.n;
  const names = await userNames(
    ctx.store.db,
    [...people.keys()].filter((id): id is string => id !== null),
  );
  const rows = [...people.values()]
    .map((r) => ({ ...r, name: r.assignee === null ? null : (names.get(r.assignee) ?? null) }))
    .sort(
      (a, b) =>
        b.open + b.active - (a.open + a.active) ||
        (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff'),
    );
  return {
    body: { ...ctx.scope, report: 'workload', people: rows },
    table: () => ({
      columns: ['assignee_id', 'name', 'open', 'active', 'overdue', 'finished'],
      rows: rows.map((r) => [r.assignee, r.name, r.open, r.active, r.overdue, r.finished]),
    }),
  };
}
