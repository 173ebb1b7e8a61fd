// Workload per person: open and in-progress cards now (overdue among them) and finished in range.
import type { WorkloadReport } from '@stageflow/api';
import { Bar } from 'recharts';
import { useDirectory } from '../app/directory.tsx';
import { useT } from '../i18n/useT.ts';
import { AcrossBars } from './bar-charts.tsx';
import { COLORS } from './chart-theme.ts';
import type { ReportFilters } from './reports-api.ts';
import { ReportPanel } from './ReportPanel.tsx';

const SHOWN = 12;

export function WorkloadPanel({ filters }: { filters: ReportFilters }) {
  const { t } = useT();
  const directory = useDirectory();
  const personRows = (data: WorkloadReport) =>
    data.people.map((p) => ({
      ...p,
      label:
        p.assignee === null ? t('reports.unassigned') : (p.name ?? directory.nameOf(p.assignee)),
    }));
  return (
    <ReportPanel
      report="workload"
      filters={filters}
      title={t('reports.workload.title')}
      description={t('reports.workload.what')}
      chart={(data) => {
        const rows = personRows(data);
        return (
          <AcrossBars
            data={rows.slice(0, SHOWN)}
            height={Math.max(160, Math.min(rows.length, SHOWN) * 28 + 48)}
            labelWidth={120}
            legend
          >
            <Bar dataKey="open" stackId="w" name={t('reports.open')} fill="#94a3b8" />
            <Bar dataKey="active" stackId="w" name={t('reports.active')} fill={COLORS.primary} />
          </AcrossBars>
        );
      }}
      rows={personRows}
      rowKey={(r) => r.assignee ?? 'none'}
      columns={[
        { header: t('reports.assignee'), cell: (r) => r.label },
        { header: t('reports.open'), count: (r) => r.open },
        { header: t('reports.active'), count: (r) => r.active },
        { header: t('reports.overdue'), count: (r) => r.overdue },
        { header: t('reports.finished'), count: (r) => r.finished },
      ]}
    />
  );
}
