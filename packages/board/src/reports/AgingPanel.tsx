// Aging work in progress: the open cards in each stage now, by how long ago they were created,
// and the oldest of them by name.
import type { AgingReport } from '@stageflow/api';
import { localLabel } from '@stageflow/engine';
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
import { formatDays, formatNumber } from './report-format.ts';
import { reportUrl, type ReportFilters } from './reports-api.ts';
import { ReportPanel } from './ReportPanel.tsx';
import { useReport } from './use-report.ts';

/** Age bands: under a week, one to four weeks, older (summed from the day buckets). */
const BANDS = [
  { key: 'fresh', until: 7, color: '#93c5fd' },
  { key: 'weeks', until: 30, color: COLORS.warning },
  { key: 'old', until: Infinity, color: COLORS.cancelled },
] as const;

export function AgingPanel({ filters }: { filters: ReportFilters }) {
  const { t, locale } = useT();
  const directory = useDirectory();
  const result = useReport<AgingReport>('aging', filters);
  const data = result.state === 'error' ? null : result.data;
  const rows = (data?.stages ?? []).map((s) => {
    const band = (until: number, after: number) =>
      s.buckets
        .filter((b) => b.fromDays >= after && b.fromDays < until)
        .reduce((n, b) => n + b.count, 0);
    return {
      label: localLabel(s, locale),
      fresh: band(7, 0),
      weeks: band(30, 7),
      old: band(Infinity, 30),
      stage: s,
    };
  });
  const stageName = (key: string) => {
    const stage = data?.stages.find((s) => s.key === key);
    return stage ? localLabel(stage, locale) : key;
  };
  return (
    <ReportPanel
      title={t('reports.aging.title')}
      description={t('reports.aging.what')}
      csvHref={reportUrl('aging', filters, true)}
      state={result}
      hasData={data !== null}
      stats={
        data
          ? [
              { label: t('reports.openNow'), value: formatNumber(data.count, locale) },
              {
                label: t('reports.oldest'),
                value: t('reports.days', {
                  n: formatDays(data.oldest[0]?.ageMs ?? null, locale),
                }),
              },
            ]
          : undefined
      }
      chart={() => (
        <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 30 + 56)}>
          <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid stroke={COLORS.grid} horizontal={false} />
            <XAxis type="number" allowDecimals={false} {...axisProps} />
            <YAxis type="category" dataKey="label" width={130} {...axisProps} />
            <Tooltip cursor={{ fill: '#f1f5f9' }} />
            <Legend
              iconType="circle"
              wrapperStyle={{ fontSize: 12 }}
              itemSorter={(item) => BANDS.findIndex((b) => b.key === item.dataKey)}
            />
            {BANDS.map((b) => (
              <Bar
                key={b.key}
                dataKey={b.key}
                stackId="age"
                name={t(`reports.age.${b.key}`)}
                fill={b.color}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
      table={() => (
        <table className="record-table report-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.card')}</th>
              <th scope="col">{t('reports.stage')}</th>
              <th scope="col">{t('reports.assignee')}</th>
              <th scope="col">{t('reports.ageDays')}</th>
              <th scope="col">{t('reports.inStageDays')}</th>
            </tr>
          </thead>
          <tbody>
            {(data?.oldest ?? []).map((c) => (
              <tr key={c.id}>
                <td>{c.title}</td>
                <td>{stageName(c.stage)}</td>
                <td>{c.assignee ? directory.nameOf(c.assignee) : t('reports.unassigned')}</td>
                <td className="num">{formatDays(c.ageMs, locale)}</td>
                <td className="num">{formatDays(c.inStageMs, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
