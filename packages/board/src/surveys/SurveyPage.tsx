// The customer's survey page (/survey/:token): no sign-in, the link is the credential. A bad,
// expired or used link shows the server's sentence in the page's language.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { messageOf } from '../api/problem.ts';
import { LocaleSwitcher } from '../i18n/LocaleSwitcher.tsx';
import { useT } from '../i18n/useT.ts';
import type { PublicSurvey } from '@stageflow/api';
import { answerSurvey, getPublicSurvey, SCORES } from './surveys-api.ts';
import './survey.css';

type State =
  | { step: 'loading' }
  | { step: 'unavailable'; message: string }
  | { step: 'open'; survey: PublicSurvey }
  | { step: 'thanks'; survey: PublicSurvey };

export function SurveyPage({ token }: { token: string }) {
  const { t, locale } = useT();
  const ids = useId();
  const [state, setState] = useState<State>({ step: 'loading' });
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    getPublicSurvey(token)
      .then((survey) => live && setState({ step: 'open', survey }))
      .catch((err: unknown) => live && setState({ step: 'unavailable', message: messageOf(err) }));
    return () => {
      live = false;
    };
    // The names on the page come in the page's language: fetch again when it changes.
  }, [token, locale]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (state.step !== 'open') return;
    if (score === null) {
      setError(t('survey.pickScore'));
      return;
    }
    setSending(true);
    setError(null);
    answerSurvey(token, { score, ...(comment.trim() ? { comment } : {}) })
      .then((answer) => setState({ step: 'thanks', survey: { ...state.survey, answer } }))
      .catch((err: unknown) => setError(messageOf(err)))
      .finally(() => setSending(false));
  };

  return (
    <main className="survey-page">
      <div className="survey-card">
        <div className="survey-language">
          <LocaleSwitcher />
        </div>
        <h1>{state.step === 'unavailable' ? t('survey.unavailable') : t('survey.title')}</h1>
        {state.step === 'loading' && <p className="muted">{t('survey.loading')}</p>}
        {state.step === 'unavailable' && <p role="alert">{state.message}</p>}
        {(state.step === 'open' || state.step === 'thanks') && (
          <p className="survey-about">
            {t('survey.about', { title: state.survey.title, workflow: state.survey.workflow })}
          </p>
        )}
        {state.step === 'thanks' && (
          <p className="survey-done" role="status">
            {t('survey.thanks')}
          </p>
        )}
        {state.step === 'open' && state.survey.answer && (
          <p className="survey-done" role="status">
            {t('survey.answered', { score: state.survey.answer.score })}
          </p>
        )}
        {state.step === 'open' && !state.survey.answer && (
          <form onSubmit={submit} noValidate>
            <fieldset className="survey-scores">
              <legend>{t('survey.scoreLegend')}</legend>
              {SCORES.map((value) => (
                <label key={value} className="survey-score">
                  <input
                    type="radio"
                    name={`${ids}-score`}
                    value={value}
                    checked={score === value}
                    onChange={() => setScore(value)}
                  />
                  <span className="survey-score-number">{value}</span>
                  <span className="survey-score-label">{t(`survey.s${value}`)}</span>
                </label>
              ))}
            </fieldset>
            <label className="survey-comment" htmlFor={`${ids}-comment`}>
              {t('survey.comment')}
            </label>
            <textarea
              id={`${ids}-comment`}
              rows={4}
              maxLength={2000}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
            {error && (
              <p className="form-error" role="alert">
                {error}
              </p>
            )}
            <button type="submit" className="button primary" disabled={sending}>
              {sending ? t('survey.submitting') : t('survey.submit')}
            </button>
          </form>
        )}
      </div>
    </main>
  );
}
