// Throughput: cards finished per day, done and cancelled stacked.
import type { ThroughputReport } from '@stageflow/api';
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
import { useT } from '../i18n/useT.ts';
import { axisProps, COLORS } from './chart-theme.ts';
import { formatDay, formatNumber } from './report-format.ts';
import { reportUrl, type ReportFilters } from './reports-api.ts';
import { ReportPanel } from './ReportPanel.tsx';
import { useReport } from './use-report.ts';

export function ThroughputPanel({ filters }: { filters: ReportFilters }) {
  const { t, locale } = useT();
  const result = useReport<ThroughputReport>('throughput', filters);
  const data = result.state === 'error' ? null : result.data;
  const rows = (data?.days ?? []).map((d) => ({ ...d, label: formatDay(d.day, locale) }));
  const perWeek = data && rows.length ? (data.done / rows.length) * 7 : null;
  return (
    <ReportPanel
      title={t('reports.throughput.title')}
      description={t('reports.throughput.what')}
      csvHref={reportUrl('throughput', filters, true)}
      state={result}
      hasData={data !== null}
      stats={
        data
          ? [
              { label: t('reports.done'), value: formatNumber(data.done, locale) },
              { label: t('reports.cancelled'), value: formatNumber(data.cancelled, locale) },
              { label: t('reports.perWeek'), value: formatNumber(perWeek ?? 0, locale, 1) },
            ]
          : undefined
      }
      chart={() => (
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke={COLORS.grid} vertical={false} />
            <XAxis dataKey="label" {...axisProps} minTickGap={16} />
            <YAxis allowDecimals={false} {...axisProps} />
            <Tooltip cursor={{ fill: '#f1f5f9' }} />
            <Legend iconType="circle" wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="done" stackId="a" name={t('reports.done')} fill={COLORS.done} />
            <Bar
              dataKey="cancelled"
              stackId="a"
              name={t('reports.cancelled')}
              fill={COLORS.cancelled}
            />
          </BarChart>
        </ResponsiveContainer>
      )}
      table={() => (
        <table className="record-table report-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.day')}</th>
              <th scope="col">{t('reports.done')}</th>
              <th scope="col">{t('reports.cancelled')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.day}>
                <td>{r.label}</td>
                <td className="num">{formatNumber(r.done, locale)}</td>
                <td className="num">{formatNumber(r.cancelled, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
