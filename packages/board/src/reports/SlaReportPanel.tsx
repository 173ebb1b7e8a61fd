// SLA breach rate of the cards finished in the range, per day and per target.
import type { SlaReport } from '@stageflow/api';
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
import { useT } from '../i18n/useT.ts';
import { axisProps, COLORS } from './chart-theme.ts';
import { formatDay, formatNumber, formatPercent } from './report-format.ts';
import { reportUrl, type ReportFilters } from './reports-api.ts';
import { ReportPanel } from './ReportPanel.tsx';
import { useReport } from './use-report.ts';

export function SlaReportPanel({ filters }: { filters: ReportFilters }) {
  const { t, locale } = useT();
  const result = useReport<SlaReport>('sla', filters);
  const data = result.state === 'error' ? null : result.data;
  const rows = (data?.days ?? []).map((d) => ({
    label: formatDay(d.day, locale),
    met: d.finished - d.breached,
    breached: d.breached,
  }));
  return (
    <ReportPanel
      title={t('reports.sla.title')}
      description={data && !data.hasPolicy ? t('reports.sla.noPolicy') : t('reports.sla.what')}
      csvHref={reportUrl('sla', filters, true)}
      state={result}
      hasData={data !== null}
      stats={
        data
          ? [
              { label: t('reports.breachRate'), value: formatPercent(data.breachRate, locale) },
              { label: t('reports.finished'), value: formatNumber(data.finished, locale) },
              { label: t('reports.breached'), value: formatNumber(data.breached, locale) },
            ]
          : undefined
      }
      chart={() => (
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke={COLORS.grid} vertical={false} />
            <XAxis dataKey="label" {...axisProps} minTickGap={16} />
            <YAxis allowDecimals={false} {...axisProps} />
            <Tooltip cursor={{ fill: '#f1f5f9' }} />
            <Legend iconType="circle" wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="met" stackId="s" name={t('reports.met')} fill={COLORS.secondary} />
            <Bar
              dataKey="breached"
              stackId="s"
              name={t('reports.breached')}
              fill={COLORS.cancelled}
            />
          </BarChart>
        </ResponsiveContainer>
      )}
      table={() => (
        <table className="record-table report-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.target')}</th>
              <th scope="col">{t('reports.measured')}</th>
              <th scope="col">{t('reports.breached')}</th>
              <th scope="col">{t('reports.breachRate')}</th>
            </tr>
          </thead>
          <tbody>
            {(data?.targets ?? []).map((target) => (
              <tr key={target.key}>
                <td>{localLabel(target, locale)}</td>
                <td className="num">{formatNumber(target.measured, locale)}</td>
                <td className="num">{formatNumber(target.breached, locale)}</td>
                <td className="num">
                  {formatPercent(
                    target.measured ? target.breached / target.measured : null,
                    locale,
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
