// Reports on outcomes: SLA breaches of the cards finished in the range, customer satisfaction.
import type { CsatReport, SlaReport } from '@stageflow/api';
import { slaState, TERMINAL_CATEGORIES } from '@stageflow/engine';
import {
  finishedPerStage,
  finishedWithoutOutcome,
  slaDayTotals,
  slaTargetTotals,
  storedOutcomeDays,
  storedOutcomeTargets,
  surveysAnswered,
  surveysSent,
} from './report.queries.ts';
import { stageLogsOfCards } from '../sla/stage-log.query.ts';
import { daysOf, stageKeys, type ReportContext } from './report-scope.ts';
import type { ReportResult } from './report-result.ts';

/** Live measurements: cards per `IN (…)` list of their stage logs. */
const LOG_CHUNK = 500;

/**
 * Cards finished (done or cancelled) in the range, measured by the engine's slaState() under the
 * version each card is pinned to; a card breached when any of its targets did. A finished card's
 * measurement is stored when it finished (sla/sla-outcomes.ts) and added up per finish day by
 * triggers: the report sums those days, and measures here from the history only the cards without
 * a stored outcome (a clock still running in their stage). Which stages hold such cards: those
 * whose finished cards outnumber their stored outcomes. With an assignee filter the stored
 * outcomes are summed per card (the day totals do not know who holds a card now).
 */
export async function slaReport(ctx: ReportContext): Promise<ReportResult<SlaReport>> {
  const terminal = stageKeys(ctx, TERMINAL_CATEGORIES);
  const filtered = ctx.scope.assignee !== null;
  const [storedDays, storedTargets, finishedIn] = await Promise.all([
    filtered ? storedOutcomeDays(ctx, terminal) : slaDayTotals(ctx, terminal),
    filtered ? storedOutcomeTargets(ctx, terminal) : slaTargetTotals(ctx, terminal),
    finishedPerStage(ctx, terminal),
  ]);
  const stored = new Map<string, number>();
  for (const d of storedDays) stored.set(d.stage, (stored.get(d.stage) ?? 0) + d.cards);
  const unstored = terminal.filter((s) => (finishedIn.get(s) ?? 0) !== (stored.get(s) ?? 0));
  const live = await finishedWithoutOutcome(ctx, unstored);
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
  // Targets the latest policy does not have, listed (and labelled) as the first cards that had
  // them: by finish day, then by their place in that card's policy.
  const others = new Map<string, { label: string; first: string; position: number }>();
  const seen = (key: string, label: string, first: string, position: number) => {
    const known = others.get(key);
    if (
      !targets.has(key) &&
      (!known || first < known.first || (first === known.first && position < known.position))
    ) {
      others.set(key, { label, first, position });
    }
  };
  const counted = new Map<string, { measured: number; breached: number }>();
  const count = (key: string, measured: number, breached: number) => {
    const n = counted.get(key) ?? { measured: 0, breached: 0 };
    n.measured += measured;
    n.breached += breached;
    counted.set(key, n);
  };
  const days = new Map(
    daysOf(ctx.scope.from, ctx.scope.to).map((d) => [d, { finished: 0, breached: 0 }]),
  );
  let finished = 0;
  let breached = 0;
  for (const row of storedDays) {
    const day = days.get(row.day)!;
    finished += row.measured;
    breached += row.breached;
    day.finished += row.measured;
    day.breached += row.breached;
  }
  for (const t of storedTargets) {
    seen(t.key, t.label, t.first, t.position);
    count(t.key, t.measured, t.breached);
  }
  for (let i = 0; i < live.length; i += LOG_CHUNK) {
    const cards = live.slice(i, i + LOG_CHUNK);
    const logs = await stageLogsOfCards(
      ctx.store.db,
      cards.map((c) => c.id),
    );
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
      state.targets.forEach((t, position) => {
        seen(t.key, t.label, card.finished_at.slice(0, 10), position);
        count(t.key, 1, t.status === 'breached' ? 1 : 0);
      });
    }
  }
  const extra = [...others].sort(([, a], [, b]) =>
    a.first < b.first ? -1 : a.first > b.first ? 1 : a.position - b.position,
  );
  for (const [key, { label }] of extra) targets.set(key, { key, label, measured: 0, breached: 0 });
  for (const [key, n] of counted) {
    const row = targets.get(key)!;
    row.measured += n.measured;
    row.breached += n.breached;
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
