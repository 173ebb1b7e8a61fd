// The board header's satisfaction figure for the workflow (average and answers), with the spread
// by score in a disclosure. Fetched when the board opens and when the disclosure is opened.
import { useCallback, useEffect, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import type { Satisfaction } from '@stageflow/api';
import { getSatisfaction, SCORES } from './surveys-api.ts';
import './satisfaction.css';

export function SatisfactionSummary({ workflowKey }: { workflowKey: string }) {
  const { t, locale } = useT();
  const [summary, setSummary] = useState<Satisfaction | null>(null);
  const load = useCallback(() => {
    getSatisfaction(workflowKey)
      .then(setSummary)
      .catch(() => setSummary(null)); // A missing figure is not worth an error on the board.
  }, [workflowKey]);
  useEffect(load, [load]);

  if (!summary) return null;
  if (summary.average === null) {
    return <span className="muted satisfaction-summary">{t('satisfaction.none')}</span>;
  }
  const average = summary.average.toLocaleString(locale, { maximumFractionDigits: 2 });
  const most = Math.max(1, ...Object.values(summary.distribution));
  return (
    <details
      className="satisfaction-summary"
      onToggle={(e) => (e.currentTarget.open ? load() : undefined)}
    >
      <summary>
        ★ {t('satisfaction.summary', { average })}{' '}
        <span className="muted">
          {t('satisfaction.answers', { count: summary.count, sent: summary.sent })}
        </span>
      </summary>
      <div className="satisfaction-panel" role="group" aria-label={t('satisfaction.distribution')}>
        {SCORES.map((score) => {
          const count = summary.distribution[String(score)] ?? 0;
          return (
            <div key={score} className="satisfaction-bar-row">
              <span>{t('satisfaction.scoreCount', { score, count })}</span>
              <span className="satisfaction-bar" style={{ width: `${(count / most) * 100}%` }} />
            </div>
          );
        })}
      </div>
    </details>
  );
}
