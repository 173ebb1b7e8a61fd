// One report on the page: its title and what it measures, a chart or the same numbers as a
// table (a toggle), the CSV download, and its loading and error states.
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useT } from '../i18n/useT.ts';

export interface Stat {
  label: string;
  value: string;
}

export function ReportPanel({
  title,
  description,
  csvHref,
  stats,
  state,
  hasData,
  chart,
  table,
  wide = false,
}: {
  title: string;
  description: string;
  csvHref: string;
  stats?: Stat[];
  state: { state: 'loading' | 'ready' | 'error'; message?: string };
  /** False until the first answer: the chart and table wait, the frame shows at once. */
  hasData: boolean;
  chart: () => ReactNode;
  table: () => ReactNode;
  wide?: boolean;
}) {
  const { t } = useT();
  const [view, setView] = useState<'chart' | 'table'>('chart');
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
          <p className="report-panel__what">{description}</p>
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
      {stats && stats.length > 0 && (
        <dl className="report-stats">
          {stats.map((s) => (
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
      ) : !hasData ? (
        <p className="report-panel__loading">{t('reports.loading')}</p>
      ) : view === 'chart' ? (
        <div className="report-chart">{chart()}</div>
      ) : (
        <div className="report-table-wrap">{table()}</div>
      )}
    </section>
  );
}
