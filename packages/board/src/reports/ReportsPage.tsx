// /reports: one workflow's measures over a date range, filtered by assignee. The filters live in
// the URL (a link shares the same view); each panel loads its own report.
import type { WorkflowSummary } from '@stageflow/api';
import { localLabel } from '@stageflow/engine';
import { useQueryState } from '../app/router.ts';
import { useT } from '../i18n/useT.ts';
import { AgingPanel } from './AgingPanel.tsx';
import { CfdPanel } from './CfdPanel.tsx';
import { CsatPanel } from './CsatPanel.tsx';
import { DurationPanel } from './DurationPanel.tsx';
import { PipelinePanel } from './PipelinePanel.tsx';
import { ReportFiltersBar } from './ReportFiltersBar.tsx';
import type { ReportFilters } from './reports-api.ts';
import { SlaReportPanel } from './SlaReportPanel.tsx';
import { ThroughputPanel } from './ThroughputPanel.tsx';
import { WorkloadPanel } from './WorkloadPanel.tsx';
import './reports.css';

const DAY_MS = 86_400_000;
export const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function ReportsPage({
  workflows,
  defaultWorkflow,
}: {
  workflows: WorkflowSummary[];
  defaultWorkflow: string | null;
}) {
  const { t, locale } = useT();
  const [search, update] = useQueryState();
  const today = utcDay(Date.now());
  const filters: ReportFilters = {
    workflow: search.get('workflow') ?? defaultWorkflow ?? workflows[0]?.key ?? '',
    to: search.get('to') ?? today,
    from: search.get('from') ?? utcDay(Date.parse(search.get('to') ?? today) - 29 * DAY_MS),
    assignee: search.get('assignee') ?? '',
  };
  const workflow = workflows.find((w) => w.key === filters.workflow);
  return (
    <main className="reports-page">
      <header className="reports-page__head">
        <div>
          <h1>{t('reports.title')}</h1>
          <p className="record-muted">
            {workflow
              ? t('reports.subtitle', {
                  workflow: localLabel(
                    { label: workflow.name, labels: workflow.definition.labels },
                    locale,
                  ),
                })
              : t('reports.noWorkflow')}
          </p>
        </div>
      </header>
      <ReportFiltersBar workflows={workflows} filters={filters} today={today} onChange={update} />
      {workflow && (
        <div className="report-grid" key={filters.workflow}>
          <CfdPanel filters={filters} />
          <DurationPanel report="lead-time" filters={filters} />
          <DurationPanel report="cycle-time" filters={filters} />
          <ThroughputPanel filters={filters} />
          <AgingPanel filters={filters} />
          <SlaReportPanel filters={filters} />
          <CsatPanel filters={filters} />
          <PipelinePanel filters={filters} />
          <WorkloadPanel filters={filters} />
        </div>
      )}
    </main>
  );
}
