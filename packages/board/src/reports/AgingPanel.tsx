// Aging work in progress: the open cards in each stage now, by how long ago they were created,
// and the oldest of them by name.
import type { AgingReport } from '@stageflow/api';
import { localLabel, type Locale } from '@stageflow/engine';
import { Bar } from 'recharts';
import { useDirectory } from '../app/directory.tsx';
import { useT } from '../i18n/useT.ts';
import { AcrossBars } from './bar-charts.tsx';
import { COLORS } from './chart-theme.ts';
import { formatDays, formatNumber } from './report-format.ts';
import type { ReportFilters } from './reports-api.ts';
import { ReportPanel } from './ReportPanel.tsx';

/** Age bands: under a week, one to four weeks, older (summed from the day buckets). */
const BANDS = [
  { key: 'fresh', until: 7, color: '#93c5fd' },
  { key: 'weeks', until: 30, color: COLORS.warning },
  { key: 'old', until: Infinity, color: COLORS.cancelled },
] as const;

/** Each stage's open cards by age band. */
const bandRows = (data: AgingReport, locale: Locale) =>
  data.stages.map((s) => {
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

export function AgingPanel({ filters }: { filters: ReportFilters }) {
  const { t, locale } = useT();
  const directory = useDirectory();
  return (
    <ReportPanel
      report="aging"
      filters={filters}
      title={t('reports.aging.title')}
      description={t('reports.aging.what')}
      stats={(data) => [
        { label: t('reports.openNow'), value: formatNumber(data.count, locale) },
        {
          label: t('reports.oldest'),
          value: t('reports.days', { n: formatDays(data.oldest[0]?.ageMs ?? null, locale) }),
        },
      ]}
      chart={(data) => {
        const rows = bandRows(data, locale);
        return (
          <AcrossBars
            data={rows}
            height={Math.max(160, rows.length * 30 + 56)}
            legend
            legendOrder={BANDS.map((b) => b.key)}
          >
            {BANDS.map((b) => (
              <Bar
                key={b.key}
                dataKey={b.key}
                stackId="age"
                name={t(`reports.age.${b.key}`)}
                fill={b.color}
              />
            ))}
          </AcrossBars>
        );
      }}
      rows={(data) => data.oldest}
      rowKey={(c) => c.id}
      columns={(data) => {
        const stageName = (key: string) => {
          const stage = data.stages.find((s) => s.key === key);
          return stage ? localLabel(stage, locale) : key;
        };
        return [
          { header: t('reports.card'), cell: (c) => c.title },
          { header: t('reports.stage'), cell: (c) => stageName(c.stage) },
          {
            header: t('reports.assignee'),
            cell: (c) => (c.assignee ? directory.nameOf(c.assignee) : t('reports.unassigned')),
          },
          { header: t('reports.ageDays'), numeric: true, cell: (c) => formatDays(c.ageMs, locale) },
          {
            header: t('reports.inStageDays'),
            numeric: true,
            cell: (c) => formatDays(c.inStageMs, locale),
          },
        ];
      }}
    />
  );
}
