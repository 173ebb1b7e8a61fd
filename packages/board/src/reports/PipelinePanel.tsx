// Pipeline value: the money on open cards per stage (the workflow's first money field), and what
// was won in the range.
import type { PipelineReport } from '@stageflow/api';
import { localLabel } from '@stageflow/engine';
import { Bar } from 'recharts';
import { useT } from '../i18n/useT.ts';
import { AcrossBars } from './bar-charts.tsx';
import { COLORS } from './chart-theme.ts';
import { formatAmount, formatNumber } from './report-format.ts';
import type { ReportFilters } from './reports-api.ts';
import { ReportPanel } from './ReportPanel.tsx';

export function PipelinePanel({ filters }: { filters: ReportFilters }) {
  const { t, locale } = useT();
  const money = (data: PipelineReport, n: number) =>
    formatAmount(n, data.field?.currency ?? null, locale);
  const stageRows = (data: PipelineReport) =>
    data.stages.map((s) => ({ ...s, label: localLabel(s, locale) }));
  return (
    <ReportPanel
      report="pipeline"
      filters={filters}
      title={t('reports.pipeline.title')}
      description={(data) =>
        data && !data.field ? t('reports.pipeline.noMoney') : t('reports.pipeline.what')
      }
      stats={(data) => [
        { label: t('reports.openValue'), value: money(data, data.amount) },
        { label: t('reports.openNow'), value: formatNumber(data.count, locale) },
        {
          label: t('reports.won'),
          value: `${money(data, data.won.amount)} · ${formatNumber(data.won.count, locale)}`,
        },
      ]}
      chart={(data) => {
        const rows = stageRows(data);
        return (
          <AcrossBars
            data={rows}
            height={Math.max(160, rows.length * 30 + 40)}
            rightMargin={16}
            tickFormatter={(v) => formatNumber(v, locale)}
            valueFormatter={(v) => money(data, Number(v))}
          >
            <Bar
              dataKey="amount"
              name={t('reports.value')}
              fill={COLORS.primary}
              radius={[0, 4, 4, 0]}
            />
          </AcrossBars>
        );
      }}
      rows={stageRows}
      rowKey={(r) => r.key}
      columns={(data) => [
        { header: t('reports.stage'), cell: (r) => r.label },
        { header: t('reports.cards'), count: (r) => r.count },
        { header: t('reports.value'), numeric: true, cell: (r) => money(data, r.amount) },
      ]}
    />
  );
}
