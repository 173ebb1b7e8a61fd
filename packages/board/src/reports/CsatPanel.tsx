// Customer satisfaction: how the surveys answered in the range scored, 1 to 5.
import type { CsatReport } from '@stageflow/api';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useT } from '../i18n/useT.ts';
import { axisProps, COLORS } from './chart-theme.ts';
import { formatNumber, formatPercent } from './report-format.ts';
import { reportUrl, type ReportFilters } from './reports-api.ts';
import { ReportPanel } from './ReportPanel.tsx';
import { useReport } from './use-report.ts';

const SCORE_COLORS = ['#dc2626', '#f97316', '#eab308', '#84cc16', '#16a34a'];
const SCORES = [1, 2, 3, 4, 5] as const;

export function CsatPanel({ filters }: { filters: ReportFilters }) {
  const { t, locale } = useT();
  const result = useReport<CsatReport>('csat', filters);
  const data = result.state === 'error' ? null : result.data;
  const rows = SCORES.map((score) => ({
    label: '★'.repeat(score),
    score,
    count: data?.distribution[score] ?? 0,
  }));
  return (
    <ReportPanel
      title={t('reports.csat.title')}
      description={t('reports.csat.what')}
      csvHref={reportUrl('csat', filters, true)}
      state={result}
      hasData={data !== null}
      stats={
        data
          ? [
              {
                label: t('reports.average'),
                value: data.average === null ? '—' : `${formatNumber(data.average, locale, 2)} / 5`,
              },
              { label: t('reports.answered'), value: formatNumber(data.answered, locale) },
              {
                label: t('reports.responseRate'),
                value: formatPercent(
                  data.sent ? Math.min(1, data.answered / data.sent) : null,
                  locale,
                ),
              },
            ]
          : undefined
      }
      chart={() => (
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke={COLORS.grid} vertical={false} />
            <XAxis dataKey="label" {...axisProps} />
            <YAxis allowDecimals={false} {...axisProps} />
            <Tooltip cursor={{ fill: '#f1f5f9' }} />
            <Bar dataKey="count" name={t('reports.answers')} radius={[4, 4, 0, 0]}>
              {rows.map((r) => (
                <Cell key={r.score} fill={SCORE_COLORS[r.score - 1]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
      table={() => (
        <table className="record-table report-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.score')}</th>
              <th scope="col">{t('reports.answers')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.score}>
                <td>{r.score}</td>
                <td className="num">{formatNumber(r.count, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
