// The reports the page reads: JSON for the charts, the same URL with format=csv for downloads.
import { REPORT_BODIES, type ReportBody, type ReportKind } from '@stageflow/api';
import type { z } from 'zod';
import { request } from '../api/client.ts';

/** The body one kind of report answers with (`ReportBodyOf<'cfd'>` is the CfdReport). */
export type ReportBodyOf<K extends ReportKind> = z.infer<(typeof REPORT_BODIES)[K]>;

export interface ReportFilters {
  workflow: string;
  from: string;
  to: string;
  /** A user id, 'none', or '' for everyone. */
  assignee: string;
}

export function reportUrl(report: ReportKind, filters: ReportFilters, csv = false): string {
  const params = new URLSearchParams({
    workflow: filters.workflow,
    from: filters.from,
    to: filters.to,
  });
  if (filters.assignee) params.set('assignee', filters.assignee);
  if (csv) params.set('format', 'csv');
  return `/api/reports/${report}?${params}`;
}

export async function fetchReport<R extends ReportBody>(
  report: ReportKind,
  filters: ReportFilters,
  signal: AbortSignal,
): Promise<R> {
  // Checked against the report's own schema; the caller names which body that kind answers.
  const answer = await request('GET', reportUrl(report, filters), REPORT_BODIES[report], {
    signal,
  });
  return answer.data as R;
}
