// Throughput: cards finished per day, done and cancelled stacked.
import type { ThroughputReport } from '@stageflow/api';
import type { Locale } from '@stageflow/engine';
import { Bar } from 'recharts';
import { useT } from '../i18n/useT.ts';
import { ColumnBars } from './bar-charts.tsx';
import { COLORS } from './chart-theme.ts';
import { formatDay, formatNumber } from './report-format.ts';
import type { ReportFilters } from './reports-api.ts';
import { ReportPanel } from './ReportPanel.tsx';

const dayRows = (data: ThroughputReport, locale: Locale) =>
  data.days.map((d) => ({ ...d, label: formatDay(d.day, locale) }));

export function ThroughputPanel({ filters }: { filters: ReportFilters }) {
  const { t, locale } = useT();
  return (
    <ReportPanel
      report="throughput"
      filters={filters}
      title={t('reports.throughput.title')}
      description={t('reports.throughput.what')}
      stats={(data) => {
        const perWeek = data.days.length ? (data.done / data.days.length) * 7 : null;
        return [
          { label: t('reports.done'), value: formatNumber(data.done, locale) },
          { label: t('reports.cancelled'), value: formatNumber(data.cancelled, locale) },
          { label: t('reports.perWeek'), value: formatNumber(perWeek ?? 0, locale, 1) },
        ];
      }}
      chart={(data) => (
        <ColumnBars data={dayRows(data, locale)} minTickGap={16} legend>
          <Bar dataKey="done" stackId="a" name={t('reports.done')} fill={COLORS.done} />
          <Bar
            dataKey="cancelled"
            stackId="a"
            name={t('reports.cancelled')}
            fill={COLORS.cancelled}
          />
        </ColumnBars>
      )}
      rows={(data) => dayRows(data, locale)}
      rowKey={(r) => r.day}
      columns={[
        { header: t('reports.day'), cell: (r) => r.label },
        { header: t('reports.done'), count: (r) => r.done },
        { header: t('reports.cancelled'), count: (r) => r.cancelled },
      ]}
    />
  );
}
