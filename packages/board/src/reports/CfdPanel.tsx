// Cumulative flow: the cards in each stage at the end of each day, stacked in board order with
// finished stages at the bottom (the bands widen as work flows through).
import type { CfdReport } from '@stageflow/api';
import { localLabel } from '@stageflow/engine';
import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useT } from '../i18n/useT.ts';
import { axisProps, COLORS, stageColors } from './chart-theme.ts';
import { formatDay, formatNumber } from './report-format.ts';
import type { ReportFilters } from './reports-api.ts';
import { ReportPanel } from './ReportPanel.tsx';

/** Cards in open and active stages at the end of the range. */
function openAtEnd(data: CfdReport): number {
  const last = data.days.at(-1);
  if (!last) return 0;
  return data.stages
    .filter((s) => s.category === 'open' || s.category === 'active')
    .reduce((sum, s) => sum + (last.counts[s.key] ?? 0), 0);
}

export function CfdPanel({ filters }: { filters: ReportFilters }) {
  const { t, locale } = useT();
  return (
    <ReportPanel
      wide
      report="cfd"
      filters={filters}
      title={t('reports.cfd.title')}
      description={t('reports.cfd.what')}
      stats={(data) => [
        { label: t('reports.openAtEnd'), value: formatNumber(openAtEnd(data), locale) },
      ]}
      chart={({ stages, days }) => {
        const colors = stageColors(stages);
        const rows = days.map((d) => ({ label: formatDay(d.day, locale), ...d.counts }));
        return (
          <ResponsiveContainer width="100%" height={280}>
            <AreaChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
              <CartesianGrid stroke={COLORS.grid} vertical={false} />
              <XAxis dataKey="label" {...axisProps} minTickGap={24} />
              <YAxis allowDecimals={false} {...axisProps} />
              <Tooltip />
              <Legend
                iconType="circle"
                wrapperStyle={{ fontSize: 12 }}
                itemSorter={(item) => stages.findIndex((s) => s.key === item.dataKey)}
              />
              {[...stages].reverse().map((s) => (
                <Area
                  key={s.key}
                  type="monotone"
                  dataKey={s.key}
                  name={localLabel(s, locale)}
                  stackId="cfd"
                  stroke={colors.get(s.key)}
                  fill={colors.get(s.key)}
                  fillOpacity={0.75}
                  isAnimationActive={false}
                />
              ))}
            </AreaChart>
          </ResponsiveContainer>
        );
      }}
      rows={(data) => data.days}
      rowKey={(d) => d.day}
      columns={(data) => [
        { header: t('reports.day'), cell: (d) => formatDay(d.day, locale) },
        ...data.stages.map((s) => ({
          key: s.key,
          header: localLabel(s, locale),
          count: (d: CfdReport['days'][number]) => d.counts[s.key] ?? 0,
        })),
      ]}
    />
  );
}
