// Reports over finished work and flow: lead time, cycle time, throughput, cumulative flow.
import type { CfdReport, DurationReport, ThroughputReport } from '@stageflow/api';
import { TERMINAL_CATEGORIES } from '@stageflow/engine';
import { distribution, msToDays } from './duration-stats.ts';
import {
  currentCounts,
  finishedCards,
  finishedDurations,
  finishedPerDay,
  stageDaysSince,
  stageMovesSince,
  type FinishedCard,
} from './report.queries.ts';
import { daysOf, stageKeys, type ReportContext } from './report-scope.ts';
import { stageLabelIn, type ReportResult } from './report-result.ts';

const ms = (iso: string) => Date.parse(iso);

/**
 * Lead time: created → finished (now in a done stage, entered within the range).
 * Cycle time: first entry into an active stage → finished; cards never active are left out.
 */
export async function durationReport(
  ctx: ReportContext,
  report: 'lead-time' | 'cycle-time',
): Promise<ReportResult<DurationReport>> {
  const cycle = report === 'cycle-time';
  const done = stageKeys(ctx, ['done']);
  const active = cycle ? stageKeys(ctx, ['active']) : null;
  // The JSON needs only the durations: the database works them out. The CSV lists the cards.
  if (!ctx.detail) {
    const durations = await finishedDurations(ctx, done, active);
    return {
      body: { ...ctx.scope, report, ...distribution(durations) },
      table: () => {
        throw new Error('The per-card table is read only for a CSV (reportContext with detail).');
      },
    };
  }
  const cards = await finishedCards(ctx, done, active);
  const measured = cards
    .map((card) => {
      const start = cycle ? card.started_at : card.created_at;
      return start === null ? null : { card, start, ms: ms(card.finished_at) - ms(start) };
    })
    .filter((m): m is { card: FinishedCard; start: string; ms: number } => m !== null);
  return {
    body: { ...ctx.scope, report, ...distribution(measured.map((m) => m.ms)) },
    table: (locale) => ({
      columns: ['card_id', 'title', 'stage', 'assignee_id', 'start', 'finished', 'days'],
      rows: measured.map(({ card, start, ms: duration }) => [
        card.id,
        card.title,
        stageLabelIn(ctx.stages, card.stage, locale),
        card.assignee_id,
        start,
        card.finished_at,
        msToDays(duration),
      ]),
    }),
  };
}

/** Cards finished per UTC day: entered a done (or cancelled) stage that day and are still there. */
export async function throughputReport(
  ctx: ReportContext,
): Promise<ReportResult<ThroughputReport>> {
  const done = new Set(stageKeys(ctx, ['done']));
  const perDay = await finishedPerDay(ctx, stageKeys(ctx, TERMINAL_CATEGORIES));
  const days = new Map(
    daysOf(ctx.scope.from, ctx.scope.to).map((d) => [d, { done: 0, cancelled: 0 }]),
  );
  for (const { day: key, stage, n } of perDay) {
    const day = days.get(key);
    if (day) day[done.has(stage) ? 'done' : 'cancelled'] += n;
  }
  const rows = [...days].map(([day, n]) => ({ day, ...n }));
  return {
    body: {
      ...ctx.scope,
      report: 'throughput',
      done: rows.reduce((s, r) => s + r.done, 0),
      cancelled: rows.reduce((s, r) => s + r.cancelled, 0),
      days: rows,
    },
    table: () => ({
      columns: ['day', 'done', 'cancelled'],
      rows: rows.map((r) => [r.day, r.done, r.cancelled]),
    }),
  };
}

/**
 * Cards in each stage at the end of each day (23:59:59.999 UTC). Walked backwards from today's
 * counts, undoing each day's moves: the per-day totals the history trigger keeps (a few rows per
 * day), or with an assignee filter the history since `from` of that assignee's cards.
 */
export async function cfdReport(ctx: ReportContext): Promise<ReportResult<CfdReport>> {
  const [now, moves] = await Promise.all([
    currentCounts(ctx),
    ctx.scope.assignee === null ? stageDaysSince(ctx) : stageMovesSince(ctx),
  ]);
  const state = new Map(now);
  const undo = (m: { from_stage: string | null; to_stage: string; n: number }) => {
    state.set(m.to_stage, (state.get(m.to_stage) ?? 0) - m.n);
    if (m.from_stage !== null) state.set(m.from_stage, (state.get(m.from_stage) ?? 0) + m.n);
  };
  const byDay = new Map<string, typeof moves>();
  for (const m of moves) {
    if (m.day > ctx.scope.to) undo(m);
    else byDay.set(m.day, [...(byDay.get(m.day) ?? []), m]);
  }
  const stages = [...ctx.stages];
  for (const key of [...now.keys(), ...moves.filter((m) => m.n > 0).map((m) => m.to_stage)]) {
    if (!stages.some((s) => s.key === key)) {
      stages.push({ key, label: key, category: 'open', color: null });
    }
  }
  const days: CfdReport['days'] = [];
  for (const day of daysOf(ctx.scope.from, ctx.scope.to).reverse()) {
    days.push({
      day,
      counts: Object.fromEntries(stages.map((s) => [s.key, Math.max(0, state.get(s.key) ?? 0)])),
    });
    for (const m of byDay.get(day) ?? []) undo(m);
  }
  days.reverse();
  return {
    body: { ...ctx.scope, report: 'cfd', stages, days },
    table: (locale) => ({
      columns: ['day', ...stages.map((s) => stageLabelIn(stages, s.key, locale))],
      rows: days.map((d) => [d.day, ...stages.map((s) => d.counts[s.key] ?? 0)]),
    }),
  };
}
