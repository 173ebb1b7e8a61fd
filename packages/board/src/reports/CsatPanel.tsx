// Customer satisfaction: how the surveys answered in the range scored, 1 to 5.
import type { CsatReport } from '@stageflow/api';
import { Bar, Cell } from 'recharts';
import { useT } from '../i18n/useT.ts';
import { ColumnBars } from './bar-charts.tsx';
import { formatNumber, formatPercent } from './report-format.ts';
import type { ReportFilters } from './reports-api.ts';
import { ReportPanel } from './ReportPanel.tsx';

const SCORE_COLORS = ['#dc2626', '#f97316', '#eab308', '#84cc16', '#16a34a'];
const SCORES = [1, 2, 3, 4, 5] as const;

const scoreRows = (data: CsatReport) =>
  SCORES.map((score) => ({
    label: '★'.repeat(score),
    score,
    count: data.distribution[score] ?? 0,
  }));

export function CsatPanel({ filters }: { filters: ReportFilters }) {
  const { t, locale } = useT();
  return (
    <ReportPanel
      report="csat"
      filters={filters}
      title={t('reports.csat.title')}
      description={t('reports.csat.what')}
      stats={(data) => [
        {
          label: t('reports.average'),
          value: data.average === null ? '—' : `${formatNumber(data.average, locale, 2)} / 5`,
        },
        { label: t('reports.answered'), value: formatNumber(data.answered, locale) },
        {
          label: t('reports.responseRate'),
          value: formatPercent(data.sent ? Math.min(1, data.answered / data.sent) : null, locale),
        },
      ]}
      chart={(data) => (
        <ColumnBars data={scoreRows(data)}>
          <Bar dataKey="count" name={t('reports.answers')} radius={[4, 4, 0, 0]}>
            {SCORES.map((score) => (
              <Cell key={score} fill={SCORE_COLORS[score - 1]} />
            ))}
          </Bar>
        </ColumnBars>
      )}
      rows={scoreRows}
      rowKey={(r) => r.score}
      columns={[
        { header: t('reports.score'), cell: (r) => r.score },
        { header: t('reports.answers'), count: (r) => r.count },
      ]}
    />
  );
}
