// Reports on outcomes: SLA breaches of the cards finished in the range, customer satisfaction.
import type { CsatReport, SlaReport } from '@stageflow/api';
import { slaState, TERMINAL_CATEGORIES } from '@stageflow/engine';
import {
  finishedCards,
  stageLogsOfFinished,
  surveysAnswered,
  surveysSent,
} from './report.queries.ts';
import { daysOf, stageKeys, type ReportContext } from './report-scope.ts';
import type { ReportResult } from './report-result.ts';

/**
 * Cards finished (done or cancelled) in the range, measured by the engine's slaState() under the
 * version each card is pinned to; a card breached when any of its targets did.
 */
export async function slaReport(ctx: ReportContext): Promise<ReportResult<SlaReport>> {
  const terminal = stageKeys(ctx, TERMINAL_CATEGORIES);
  const [cards, logs] = await Promise.all([
    finishedCards(ctx, terminal, null, true),
    stageLogsOfFinished(ctx, terminal),
  ]);
  const targets = new Map<string, SlaReport['targets'][number]>();
  for (const t of ctx.latest.slaPolicy?.targets ?? []) {
    targets.set(t.key, {
      key: t.key,
      label: t.label,
      ...(t.labels ? { labels: t.labels } : {}),
      measured: 0,
      breached: 0,
    });
  }
  const days = new Map(
    daysOf(ctx.scope.from, ctx.scope.to).map((d) => [d, { finished: 0, breached: 0 }]),
  );
  let finished = 0;
  let breached = 0;
  for (const card of cards) {
    const definition = ctx.versions.get(card.workflow_version);
    const state = definition ? slaState(definition, logs.get(card.id) ?? [], ctx.now) : null;
    if (!state) continue;
    const day = days.get(card.finished_at.slice(0, 10))!;
    finished++;
    day.finished++;
    if (state.targets.some((t) => t.status === 'breached')) {
      breached++;
      day.breached++;
    }
    for (const t of state.targets) {
      let row = targets.get(t.key);
      if (!row)
        targets.set(t.key, (row = { key: t.key, label: t.label, measured: 0, breached: 0 }));
      row.measured++;
      if (t.status === 'breached') row.breached++;
    }
  }
  const rows = [...days].map(([day, n]) => ({ day, ...n }));
  return {
    body: {
      ...ctx.scope,
      report: 'sla',
      hasPolicy: ctx.latest.slaPolicy !== undefined,
      finished,
      breached,
      breachRate: finished ? breached / finished : null,
      targets: [...targets.values()],
      days: rows,
    },
    table: () => ({
      columns: ['day', 'finished', 'breached'],
      rows: rows.map((r) => [r.day, r.finished, r.breached]),
    }),
  };
}

/** Surveys sent (created) in the range; answers given in the range, their scores by day. */
export async function csatReport(ctx: ReportContext): Promise<ReportResult<CsatReport>> {
  const [sent, answers] = await Promise.all([surveysSent(ctx), surveysAnswered(ctx)]);
  const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  const days = new Map(
    daysOf(ctx.scope.from, ctx.scope.to).map((d) => [d, { answered: 0, sum: 0 }]),
  );
  let sum = 0;
  for (const a of answers) {
    const score = Number(a.score) as 1 | 2 | 3 | 4 | 5;
    distribution[score]++;
    sum += score;
    const day = days.get(a.answered_at!.slice(0, 10))!;
    day.answered++;
    day.sum += score;
  }
  const rows = [...days].map(([day, d]) => ({
    day,
    answered: d.answered,
    average: d.answered ? round2(d.sum / d.answered) : null,
  }));
  return {
    body: {
      ...ctx.scope,
      report: 'csat',
      sent,
      answered: answers.length,
      average: answers.length ? round2(sum / answers.length) : null,
      distribution,
      days: rows,
    },
    table: () => ({
      columns: ['day', 'answered', 'average'],
      rows: rows.map((r) => [r.day, r.answered, r.average]),
    }),
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
