// The drawer's "Customer satisfaction" section: the survey link to send (admins and managers) and
// the customer's answer once it is in. Reloads when the card's revision changes (it was closed).
import { intlLocale } from '@stageflow/engine';
import { useEffect, useId, useState } from 'react';
import { messageOf } from '../api/problem.ts';
import { useT } from '../i18n/useT.ts';
import type { CardSurveyInfo } from '@stageflow/api';
import { getCardSurvey } from './surveys-api.ts';
import './satisfaction.css';

export function CardSatisfaction({ cardId, revision }: { cardId: string; revision: number }) {
  const { t, locale } = useT();
  const headingId = useId();
  const [survey, setSurvey] = useState<CardSurveyInfo | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    let live = true;
    getCardSurvey(cardId)
      .then((found) => live && setSurvey(found))
      .catch((err: unknown) => live && setError(messageOf(err)));
    return () => {
      live = false;
    };
  }, [cardId, revision]);

  const date = (iso: string) =>
    new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium' }).format(new Date(iso));
  const link = survey?.link ? new URL(survey.link, window.location.origin).href : null;

  return (
    <section className="drawer-section card-satisfaction" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('satisfaction.heading')}</h3>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {survey === null && <p className="muted">{t('satisfaction.notYet')}</p>}
      {survey?.answer && (
        <div className="satisfaction-answer">
          <p
            className="satisfaction-score"
            aria-label={t('satisfaction.score', { score: survey.answer.score })}
          >
            <span aria-hidden="true">
              {'★'.repeat(survey.answer.score)}
              {'☆'.repeat(5 - survey.answer.score)}
            </span>{' '}
            {t('satisfaction.score', { score: survey.answer.score })}
          </p>
          {survey.answer.comment && <blockquote>{survey.answer.comment}</blockquote>}
          <p className="muted">
            {t('satisfaction.answeredOn', { date: date(survey.answer.answeredAt) })}
          </p>
        </div>
      )}
      {survey && !survey.answer && (
        <>
          <p className="muted">
            {survey.expired ? t('satisfaction.expired') : t('satisfaction.waiting')}
          </p>
          {link && !survey.expired && (
            <div className="satisfaction-link">
              <label>
                {t('satisfaction.link')}
                <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
              </label>
              <button
                type="button"
                className="button secondary small"
                onClick={() => {
                  void navigator.clipboard?.writeText(link).then(() => setCopied(true));
                }}
              >
                {copied ? t('satisfaction.copied') : t('satisfaction.copy')}
              </button>
              <p className="muted">{t('satisfaction.expires', { date: date(survey.expiresAt) })}</p>
            </div>
          )}
        </>
      )}
    </section>
  );
}
