// Everything a report needs before it reads a row: the workflow and every stage any of its
// versions has (with its category), the range as ISO instants, and the filter.
import type { ReportScope, ReportStage } from '@stageflow/api';
import type { StageCategory, WorkflowDefinition } from '@stageflow/engine';
import type { Store } from '../db/database.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { findDefinition } from '../workflows/definition-cache.ts';
import { findWorkflowRow, listVersionSummaries } from '../workflows/workflow.repository.ts';
import { reportStages } from './report-stages.ts';
import { DEFAULT_RANGE_DAYS, MAX_RANGE_DAYS, type ReportQuery } from './report.schemas.ts';

const DAY_MS = 86_400_000;

export interface ReportContext {
  store: Store;
  scope: ReportScope;
  /** Range start (inclusive) and end (exclusive): midnight UTC of `from` and of the day after `to`. */
  fromIso: string;
  toIso: string;
  now: string;
  /** Latest version's stages in order, then stages only older versions have. */
  stages: ReportStage[];
  versions: Map<number, WorkflowDefinition>;
  latest: WorkflowDefinition;
  /** The CSV is wanted: read the per-card detail (titles) the JSON leaves out. */
  detail: boolean;
}

export const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const midnight = (day: string) => Date.parse(`${day}T00:00:00.000Z`);

/** Every day from `from` to `to`, both included. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = midnight(from); t <= midnight(to); t += DAY_MS) days.push(dayOf(t));
  return days;
}

export function stageKeys(ctx: ReportContext, categories: readonly StageCategory[]): string[] {
  return ctx.stages.filter((s) => categories.includes(s.category)).map((s) => s.key);
}

export async function reportContext(
  store: Store,
  query: ReportQuery,
  now: Date,
  detail = false,
): Promise<ReportContext> {
  const to = query.to ?? dayOf(now.getTime());
  const from = query.from ?? dayOf(midnight(to) - (DEFAULT_RANGE_DAYS - 1) * DAY_MS);
  if (from > to) {
    throw new HttpProblem(400, 'invalid-request', say('reports.fromAfterTo', { from, to }), {
      field: 'from',
    });
  }
  if ((midnight(to) - midnight(from)) / DAY_MS + 1 > MAX_RANGE_DAYS) {
    throw new HttpProblem(
      400,
      'invalid-request',
      say('reports.rangeTooLong', { from, to, max: MAX_RANGE_DAYS }),
      { field: 'from' },
    );
  }
  const row = await findWorkflowRow(store.db, query.workflow);
  if (!row) {
    throw new HttpProblem(
      404,
      'workflow-not-found',
      say('reports.noWorkflow', { key: query.workflow }),
      {
        field: 'workflow',
      },
    );
  }
  const versions = new Map<number, WorkflowDefinition>();
  for (const summary of await listVersionSummaries(store.db, row.key)) {
    const definition = await findDefinition(store, store.db, row.key, summary.version);
    if (definition) versions.set(summary.version, definition);
  }
  const latest = versions.get(row.latest_version)!;
  const stages = reportStages([latest, ...[...versions.values()].reverse()]);
  return {
    store,
    scope: {
      workflow: {
        key: row.key,
        name: latest.name,
        ...(latest.labels ? { labels: latest.labels } : {}),
      },
      from,
      to,
      assignee: query.assignee ?? null,
      generatedAt: now.toISOString(),
    },
    fromIso: new Date(midnight(from)).toISOString(),
    toIso: new Date(midnight(to) + DAY_MS).toISOString(),
    now: now.toISOString(),
    stages,
    versions,
    latest,
    detail,
  };
}
