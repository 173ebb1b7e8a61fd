// Workload per person: open and in-progress cards now (overdue among them) and finished in range.
import type { WorkloadReport } from '@stageflow/api';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useDirectory } from '../app/directory.tsx';
import { useT } from '../i18n/useT.ts';
import { axisProps, COLORS } from './chart-theme.ts';
import { formatNumber } from './report-format.ts';
import { reportUrl, type ReportFilters } from './reports-api.ts';
import { ReportPanel } from './ReportPanel.tsx';
import { useReport } from './use-report.ts';

const SHOWN = 12;

export function WorkloadPanel({ filters }: { filters: ReportFilters }) {
  const { t, locale } = useT();
  const directory = useDirectory();
  const result = useReport<WorkloadReport>('workload', filters);
  const data = result.state === 'error' ? null : result.data;
  const rows = (data?.people ?? []).map((p) => ({
    ...p,
    label: p.assignee === null ? t('reports.unassigned') : (p.name ?? directory.nameOf(p.assignee)),
  }));
  return (
    <ReportPanel
      title={t('reports.workload.title')}
      description={t('reports.workload.what')}
      csvHref={reportUrl('workload', filters, true)}
      state={result}
      hasData={data !== null}
      chart={() => (
        <ResponsiveContainer
          width="100%"
          height={Math.max(160, Math.min(rows.length, SHOWN) * 28 + 48)}
        >
          <BarChart
            data={rows.slice(0, SHOWN)}
            layout="vertical"
            margin={{ top: 0, right: 8, bottom: 0, left: 8 }}
          >
            <CartesianGrid stroke={COLORS.grid} horizontal={false} />
            <XAxis type="number" allowDecimals={false} {...axisProps} />
            <YAxis type="category" dataKey="label" width={120} {...axisProps} />
            <Tooltip cursor={{ fill: '#f1f5f9' }} />
            <Legend iconType="circle" wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="open" stackId="w" name={t('reports.open')} fill="#94a3b8" />
            <Bar dataKey="active" stackId="w" name={t('reports.active')} fill={COLORS.primary} />
          </BarChart>
        </ResponsiveContainer>
      )}
      table={() => (
        <table className="record-table report-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.assignee')}</th>
              <th scope="col">{t('reports.open')}</th>
              <th scope="col">{t('reports.active')}</th>
              <th scope="col">{t('reports.overdue')}</th>
              <th scope="col">{t('reports.finished')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.assignee ?? 'none'}>
                <td>{r.label}</td>
                <td className="num">{formatNumber(r.open, locale)}</td>
                <td className="num">{formatNumber(r.active, locale)}</td>
                <td className="num">{formatNumber(r.overdue, locale)}</td>
                <td className="num">{formatNumber(r.finished, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
