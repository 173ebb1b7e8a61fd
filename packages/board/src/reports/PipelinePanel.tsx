// Pipeline value: the money on open cards per stage (the workflow's first money field), and what
// was won in the range.
import type { PipelineReport } from '@stageflow/api';
import { localLabel } from '@stageflow/engine';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../i18n/useT.ts';
import { axisProps, COLORS } from './chart-theme.ts';
import { formatAmount, formatNumber } from './report-format.ts';
import { reportUrl, type ReportFilters } from './reports-api.ts';
import { ReportPanel } from './ReportPanel.tsx';
import { useReport } from './use-report.ts';

export function PipelinePanel({ filters }: { filters: ReportFilters }) {
  const { t, locale } = useT();
  const result = useReport<PipelineReport>('pipeline', filters);
  const data = result.state === 'error' ? null : result.data;
  const currency = data?.field?.currency ?? null;
  const money = (n: number) => formatAmount(n, currency, locale);
  const rows = (data?.stages ?? []).map((s) => ({ ...s, label: localLabel(s, locale) }));
  return (
    <ReportPanel
      title={t('reports.pipeline.title')}
      description={data && !data.field ? t('reports.pipeline.noMoney') : t('reports.pipeline.what')}
      csvHref={reportUrl('pipeline', filters, true)}
      state={result}
      hasData={data !== null}
      stats={
        data
          ? [
              { label: t('reports.openValue'), value: money(data.amount) },
              { label: t('reports.openNow'), value: formatNumber(data.count, locale) },
              {
                label: t('reports.won'),
                value: `${money(data.won.amount)} · ${formatNumber(data.won.count, locale)}`,
              },
            ]
          : undefined
      }
      chart={() => (
        <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 30 + 40)}>
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 0, right: 16, bottom: 0, left: 8 }}
          >
            <CartesianGrid stroke={COLORS.grid} horizontal={false} />
            <XAxis
              type="number"
              {...axisProps}
              tickFormatter={(v: number) => formatNumber(v, locale)}
            />
            <YAxis type="category" dataKey="label" width={130} {...axisProps} />
            <Tooltip cursor={{ fill: '#f1f5f9' }} formatter={(v) => money(Number(v))} />
            <Bar
              dataKey="amount"
              name={t('reports.value')}
              fill={COLORS.primary}
              radius={[0, 4, 4, 0]}
            />
          </BarChart>
        </ResponsiveContainer>
      )}
      table={() => (
        <table className="record-table report-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.stage')}</th>
              <th scope="col">{t('reports.cards')}</th>
              <th scope="col">{t('reports.value')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td>{r.label}</td>
                <td className="num">{formatNumber(r.count, locale)}</td>
                <td className="num">{money(r.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
