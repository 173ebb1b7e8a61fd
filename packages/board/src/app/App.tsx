// The shell: who is signed in, which boards exist, and which page the URL asks for.
import type { Locale } from '@stageflow/engine';
import { useCallback, useEffect, useState } from 'react';
import { onUnauthorized } from '../api/client.ts';
import { getMe, listWorkflows, saveMyLocale, signOut } from '../api/endpoints.ts';
import { LiveProvider } from '../api/LiveProvider.tsx';
import { ApiError, messageOf } from '../api/problem.ts';
import type { User, WorkflowSummary } from '@stageflow/api';
import { DirectoryProvider } from './directory.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Routes } from './Routes.tsx';
import { SessionContext } from './session.tsx';
import { SignIn } from './SignIn.tsx';
import { matchPath } from './router.ts';
import { SurveyPage } from '../surveys/SurveyPage.tsx';
import { applyLocale } from '../i18n/i18n.ts';
import { useT } from '../i18n/useT.ts';

type Who =
  | { state: 'asking' }
  | { state: 'nobody' }
  | { state: 'user'; user: User }
  | { state: 'error'; message: string };

export function App() {
  // The customer's survey page needs no account: it never asks who is signed in.
  const survey = matchPath('/survey/:token', window.location.pathname);
  return (
    <ErrorBoundary>
      {survey?.token ? <SurveyPage token={survey.token} /> : <SessionGate />}
    </ErrorBoundary>
  );
}

function SessionGate() {
  const { t } = useT();
  const [who, setWho] = useState<Who>({ state: 'asking' });

  const signedIn = useCallback((user: User) => {
    // A stored choice wins; without one, keep what the sign-in page shows.
    if (user.locale) applyLocale(user.locale);
    setWho({ state: 'user', user });
  }, []);

  const ask = useCallback(() => {
    getMe()
      .then(signedIn)
      .catch((error: unknown) =>
        setWho(
          error instanceof ApiError && error.status === 401
            ? { state: 'nobody' }
            : { state: 'error', message: messageOf(error) },
        ),
      );
  }, [signedIn]);

  useEffect(ask, [ask]);
  useEffect(() => onUnauthorized(() => setWho({ state: 'nobody' })), []);

  const doSignOut = useCallback(() => {
    signOut()
      .catch(() => undefined)
      .finally(() => setWho({ state: 'nobody' }));
  }, []);

  const chooseLocale = useCallback(
    (locale: Locale) => {
      applyLocale(locale);
      setWho((w) => (w.state === 'user' ? { ...w, user: { ...w.user, locale } } : w));
      // The board has switched already; a failed save only means the next visit may not remember.
      saveMyLocale(locale).catch((error: unknown) =>
        console.warn(t('locale.saveFailed', { reason: messageOf(error) })),
      );
    },
    [t],
  );

  if (who.state === 'asking') return <p className="page-message">{t('app.loading')}</p>;
  if (who.state === 'error')
    return (
      <main className="page-message" role="alert">
        <h1>{t('app.unreachable')}</h1>
        <p>{who.message}</p>
        <button type="button" className="button primary" onClick={ask}>
          {t('app.tryAgain')}
        </button>
      </main>
    );
  if (who.state === 'nobody') return <SignIn onSignedIn={signedIn} />;
  return (
    <SessionContext.Provider value={{ user: who.user, signOut: doSignOut, chooseLocale }}>
      <DirectoryProvider me={who.user}>
        <LiveProvider onUnauthorized={() => setWho({ state: 'nobody' })}>
          <WorkflowsGate />
        </LiveProvider>
      </DirectoryProvider>
    </SessionContext.Provider>
  );
}

function WorkflowsGate() {
  const { t } = useT();
  const [workflows, setWorkflows] = useState<WorkflowSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    listWorkflows()
      .then(setWorkflows)
      .catch((err: unknown) => setError(messageOf(err)));
  }, []);
  useEffect(load, [load]);

  if (error)
    return (
      <main className="page-message" role="alert">
        <h1>{t('app.boardsFailed')}</h1>
        <p>{error}</p>
        <button type="button" className="button primary" onClick={load}>
          {t('app.tryAgain')}
        </button>
      </main>
    );
  if (!workflows) return <p className="page-message">{t('app.loadingBoards')}</p>;
  return <Routes workflows={workflows} reloadWorkflows={load} />;
}
