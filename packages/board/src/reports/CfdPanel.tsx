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
import { reportUrl, type ReportFilters } from './reports-api.ts';
import { ReportPanel } from './ReportPanel.tsx';
import { useReport } from './use-report.ts';

export function CfdPanel({ filters }: { filters: ReportFilters }) {
  const { t, locale } = useT();
  const result = useReport<CfdReport>('cfd', filters);
  const data = result.state === 'error' ? null : result.data;
  const stages = data?.stages ?? [];
  const colors = stageColors(stages);
  const stacked = [...stages].reverse();
  const rows = (data?.days ?? []).map((d) => ({ label: formatDay(d.day, locale), ...d.counts }));
  const last = data?.days.at(-1);
  const wip = last
    ? stages
        .filter((s) => s.category === 'open' || s.category === 'active')
        .reduce((sum, s) => sum + (last.counts[s.key] ?? 0), 0)
    : 0;
  return (
    <ReportPanel
      wide
      title={t('reports.cfd.title')}
      description={t('reports.cfd.what')}
      csvHref={reportUrl('cfd', filters, true)}
      state={result}
      hasData={data !== null}
      stats={
        data ? [{ label: t('reports.openAtEnd'), value: formatNumber(wip, locale) }] : undefined
      }
      chart={() => (
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
            {stacked.map((s) => (
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
      )}
      table={() => (
        <table className="record-table report-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.day')}</th>
              {stages.map((s) => (
                <th key={s.key} scope="col">
                  {localLabel(s, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(data?.days ?? []).map((d) => (
              <tr key={d.day}>
                <td>{formatDay(d.day, locale)}</td>
                {stages.map((s) => (
                  <td key={s.key} className="num">
                    {formatNumber(d.counts[s.key] ?? 0, locale)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
