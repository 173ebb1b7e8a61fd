// Lead time or cycle time: how many days the cards finished in the range took, as a histogram
// of day buckets with the 50th, 85th and 95th percentiles above it.
import type { DurationReport } from '@stageflow/api';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../i18n/useT.ts';
import { axisProps, COLORS } from './chart-theme.ts';
import { formatDays, formatNumber } from './report-format.ts';
import { reportUrl, type ReportFilters } from './reports-api.ts';
import { ReportPanel } from './ReportPanel.tsx';
import { useReport } from './use-report.ts';

export function DurationPanel({
  report,
  filters,
}: {
  report: 'lead-time' | 'cycle-time';
  filters: ReportFilters;
}) {
  const { t, locale } = useT();
  const result = useReport<DurationReport>(report, filters);
  const data = result.state === 'error' ? null : result.data;
  const key = report === 'lead-time' ? 'leadTime' : 'cycleTime';
  const bucketLabel = (b: DurationReport['buckets'][number]) =>
    b.toDays === null
      ? t('reports.bucketOver', { n: b.fromDays })
      : t('reports.bucket', { from: b.fromDays, to: b.toDays });
  const rows = (data?.buckets ?? []).map((b) => ({ name: bucketLabel(b), count: b.count }));
  return (
    <ReportPanel
      title={t(`reports.${key}.title`)}
      description={t(`reports.${key}.what`)}
      csvHref={reportUrl(report, filters, true)}
      state={result}
      hasData={data !== null}
      stats={
        data
          ? [
              { label: t('reports.finished'), value: formatNumber(data.count, locale) },
              {
                label: t('reports.p50'),
                value: t('reports.days', { n: formatDays(data.p50Ms, locale) }),
              },
              {
                label: t('reports.p85'),
                value: t('reports.days', { n: formatDays(data.p85Ms, locale) }),
              },
              {
                label: t('reports.p95'),
                value: t('reports.days', { n: formatDays(data.p95Ms, locale) }),
              },
              {
                label: t('reports.mean'),
                value: t('reports.days', { n: formatDays(data.meanMs, locale) }),
              },
            ]
          : undefined
      }
      chart={() => (
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke={COLORS.grid} vertical={false} />
            <XAxis dataKey="name" {...axisProps} />
            <YAxis allowDecimals={false} {...axisProps} />
            <Tooltip cursor={{ fill: '#f1f5f9' }} />
            <Bar
              dataKey="count"
              name={t('reports.cards')}
              fill={COLORS.primary}
              radius={[4, 4, 0, 0]}
            />
          </BarChart>
        </ResponsiveContainer>
      )}
      table={() => (
        <table className="record-table report-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.daysTaken')}</th>
              <th scope="col">{t('reports.cards')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <td>{r.name}</td>
                <td className="num">{formatNumber(r.count, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
