// One report by name: its context (workflow, stages, range), then its computation.
import type { ReportKind, ReportScope } from '@stageflow/api';
import type { Store } from '../db/database.ts';
import { cfdReport, durationReport, throughputReport } from './flow.reports.ts';
import { csatReport, slaReport } from './outcome.reports.ts';
import { reportContext, type ReportContext } from './report-scope.ts';
import type { ReportQuery } from './report.schemas.ts';
import type { ReportResult } from './report-result.ts';
import { agingReport, pipelineReport, workloadReport } from './state.reports.ts';

const COMPUTE: Record<ReportKind, (ctx: ReportContext) => Promise<ReportResult<unknown>>> = {
  'lead-time': (ctx) => durationReport(ctx, 'lead-time'),
  'cycle-time': (ctx) => durationReport(ctx, 'cycle-time'),
  throughput: throughputReport,
  cfd: cfdReport,
  aging: agingReport,
  sla: slaReport,
  csat: csatReport,
  pipeline: pipelineReport,
  workload: workloadReport,
};

export async function computeReport(
  store: Store,
  report: ReportKind,
  query: ReportQuery,
  now: Date,
): Promise<ReportResult<unknown> & { scope: ReportScope }> {
  const ctx = await reportContext(store, query, now, query.format === 'csv');
  return { ...(await COMPUTE[report](ctx)), scope: ctx.scope };
}
