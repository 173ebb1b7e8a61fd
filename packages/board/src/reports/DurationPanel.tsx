// Lead time or cycle time: how many days the cards finished in the range took, as a histogram
// of day buckets with the 50th, 85th and 95th percentiles above it.
import type { DurationReport } from '@stageflow/api';
import { Bar } from 'recharts';
import { useT } from '../i18n/useT.ts';
import { ColumnBars } from './bar-charts.tsx';
import { COLORS } from './chart-theme.ts';
import { formatDays, formatNumber } from './report-format.ts';
import type { ReportFilters } from './reports-api.ts';
import { ReportPanel } from './ReportPanel.tsx';

export function DurationPanel({
  report,
  filters,
}: {
  report: 'lead-time' | 'cycle-time';
  filters: ReportFilters;
}) {
  const { t, locale } = useT();
  const key = report === 'lead-time' ? 'leadTime' : 'cycleTime';
  const bucketLabel = (b: DurationReport['buckets'][number]) =>
    b.toDays === null
      ? t('reports.bucketOver', { n: b.fromDays })
      : t('reports.bucket', { from: b.fromDays, to: b.toDays });
  const bucketRows = (data: DurationReport) =>
    data.buckets.map((b) => ({ name: bucketLabel(b), count: b.count }));
  const days = (ms: number | null) => t('reports.days', { n: formatDays(ms, locale) });
  return (
    <ReportPanel
      report={report}
      filters={filters}
      title={t(`reports.${key}.title`)}
      description={t(`reports.${key}.what`)}
      stats={(data) => [
        { label: t('reports.finished'), value: formatNumber(data.count, locale) },
        { label: t('reports.p50'), value: days(data.p50Ms) },
        { label: t('reports.p85'), value: days(data.p85Ms) },
        { label: t('reports.p95'), value: days(data.p95Ms) },
        { label: t('reports.mean'), value: days(data.meanMs) },
      ]}
      chart={(data) => (
        <ColumnBars data={bucketRows(data)} category="name">
          <Bar
            dataKey="count"
            name={t('reports.cards')}
            fill={COLORS.primary}
            radius={[4, 4, 0, 0]}
          />
        </ColumnBars>
      )}
      rows={bucketRows}
      rowKey={(r) => r.name}
      columns={[
        { header: t('reports.daysTaken'), cell: (r) => r.name },
        { header: t('reports.cards'), count: (r) => r.count },
      ]}
    />
  );
}
