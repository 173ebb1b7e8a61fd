// SLA breach rate of the cards finished in the range, per day and per target.
import { localLabel } from '@stageflow/engine';
import { Bar } from 'recharts';
import { useT } from '../i18n/useT.ts';
import { ColumnBars } from './bar-charts.tsx';
import { COLORS } from './chart-theme.ts';
import { formatDay, formatNumber, formatPercent } from './report-format.ts';
import type { ReportFilters } from './reports-api.ts';
import { ReportPanel } from './ReportPanel.tsx';

export function SlaReportPanel({ filters }: { filters: ReportFilters }) {
  const { t, locale } = useT();
  return (
    <ReportPanel
      report="sla"
      filters={filters}
      title={t('reports.sla.title')}
      description={(data) =>
        data && !data.hasPolicy ? t('reports.sla.noPolicy') : t('reports.sla.what')
      }
      stats={(data) => [
        { label: t('reports.breachRate'), value: formatPercent(data.breachRate, locale) },
        { label: t('reports.finished'), value: formatNumber(data.finished, locale) },
        { label: t('reports.breached'), value: formatNumber(data.breached, locale) },
      ]}
      chart={(data) => (
        <ColumnBars
          data={data.days.map((d) => ({
            label: formatDay(d.day, locale),
            met: d.finished - d.breached,
            breached: d.breached,
          }))}
          minTickGap={16}
          legend
        >
          <Bar dataKey="met" stackId="s" name={t('reports.met')} fill={COLORS.secondary} />
          <Bar
            dataKey="breached"
            stackId="s"
            name={t('reports.breached')}
            fill={COLORS.cancelled}
          />
        </ColumnBars>
      )}
      rows={(data) => data.targets}
      rowKey={(target) => target.key}
      columns={[
        { header: t('reports.target'), cell: (target) => localLabel(target, locale) },
        { header: t('reports.measured'), count: (target) => target.measured },
        { header: t('reports.breached'), count: (target) => target.breached },
        {
          header: t('reports.breachRate'),
          numeric: true,
          cell: (target) =>
            formatPercent(target.measured ? target.breached / target.measured : null, locale),
        },
      ]}
    />
  );
}
