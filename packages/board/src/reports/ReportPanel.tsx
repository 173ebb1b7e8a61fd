// One report on the page: it loads the report for the filters and shows its title and what it
// measures, its headline numbers, a chart or the same numbers as a table (a toggle), the CSV
// download, and its loading and error states. Each *Panel.tsx says only what is its own.
import type { ReportKind } from '@stageflow/api';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { reportUrl, type ReportBodyOf, type ReportFilters } from './reports-api.ts';
import { ReportTable, type Column } from './ReportTable.tsx';
import { useReport } from './use-report.ts';

export interface Stat {
  label: string;
  value: string;
}

export function ReportPanel<K extends ReportKind, Row>({
  report,
  filters,
  title,
  description,
  stats,
  chart,
  rows,
  rowKey,
  columns,
  wide = false,
}: {
  /** The report to load, and the page's filters it is loaded for. */
  report: K;
  filters: ReportFilters;
  title: string;
  /** What it measures; a function when the answer changes it (no money field, no SLA policy). */
  description: string | ((data: ReportBodyOf<K> | null) => string);
  stats?: (data: ReportBodyOf<K>) => Stat[];
  chart: (data: ReportBodyOf<K>) => ReactNode;
  /** The table: its rows, each row's React key, and its columns. */
  rows: (data: ReportBodyOf<K>) => readonly Row[];
  rowKey: (row: Row) => string | number;
  columns: readonly Column<Row>[] | ((data: ReportBodyOf<K>) => readonly Column<Row>[]);
  wide?: boolean;
}) {
  const { t } = useT();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const state = useReport<ReportBodyOf<K>>(report, filters);
  // The previous answer stays on screen while the next loads; none after an error.
  const data = state.state === 'error' ? null : state.data;
  const csvHref = reportUrl(report, filters, true);
  const shownStats = data && stats ? stats(data) : undefined;
  const titleId = `report-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section
      className={wide ? 'report-panel wide' : 'report-panel'}
      aria-labelledby={titleId}
      aria-busy={state.state === 'loading'}
    >
      <header className="report-panel__head">
        <div>
          <h2 id={titleId}>{title}</h2>
          <p className="report-panel__what">
            {typeof description === 'string' ? description : description(data)}
          </p>
        </div>
        <div className="report-panel__tools">
          <div className="segmented" role="group" aria-label={t('reports.view')}>
            <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
              {t('reports.chart')}
            </button>
            <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
              {t('reports.table')}
            </button>
          </div>
          <a className="button secondary small report-csv" href={csvHref} download>
            <span aria-hidden="true">↓</span>
            {t('reports.csv')}
          </a>
        </div>
      </header>
      {shownStats && shownStats.length > 0 && (
        <dl className="report-stats">
          {shownStats.map((s) => (
            <div key={s.label}>
              <dt>{s.label}</dt>
              <dd>{s.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {state.state === 'error' ? (
        <p role="alert" className="report-panel__error">
          {t('reports.failed', { reason: state.message ?? '' })}
        </p>
      ) : data === null ? (
        // The frame shows at once; the chart and table wait for the first answer.
        <p className="report-panel__loading">{t('reports.loading')}</p>
      ) : view === 'chart' ? (
        <div className="report-chart">{chart(data)}</div>
      ) : (
        <div className="report-table-wrap">
          <ReportTable
            columns={typeof columns === 'function' ? columns(data) : columns}
            rows={rows(data)}
            rowKey={rowKey}
          />
        </div>
      )}
    </section>
  );
}
