// The reports the page reads: JSON for the charts, the same URL with format=csv for downloads.
import type { ReportBody, ReportKind } from '@stageflow/api';
import { request } from '../api/client.ts';

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
  return (await request<R>('GET', reportUrl(report, filters), { signal })).data;
}
