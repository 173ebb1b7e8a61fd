// One report, loaded whenever the filters change (the previous request is aborted).
import type { ReportBody, ReportKind } from '@stageflow/api';
import { useEffect, useState } from 'react';
import { messageOf } from '../api/problem.ts';
import { fetchReport, type ReportFilters } from './reports-api.ts';

export type ReportState<R> =
  | { state: 'loading'; data: R | null }
  | { state: 'ready'; data: R }
  | { state: 'error'; message: string };

export function useReport<R extends ReportBody>(
  report: ReportKind,
  filters: ReportFilters,
): ReportState<R> {
  const [result, setResult] = useState<ReportState<R>>({ state: 'loading', data: null });
  const { workflow, from, to, assignee } = filters;
  useEffect(() => {
    const abort = new AbortController();
    setResult((prev) => ({ state: 'loading', data: prev.state === 'error' ? null : prev.data }));
    fetchReport<R>(report, { workflow, from, to, assignee }, abort.signal).then(
      (data) => setResult({ state: 'ready', data }),
      (err: unknown) => {
        if (!abort.signal.aborted) setResult({ state: 'error', message: messageOf(err) });
      },
    );
    return () => abort.abort();
  }, [report, workflow, from, to, assignee]);
  return result;
}
