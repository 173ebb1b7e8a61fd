// The shell: who is signed in, which boards exist, and which page the URL asks for.
import { useCallback, useEffect, useState } from 'react';
import { onUnauthorized } from '../api/client.ts';
import { getMe, listWorkflows, signOut } from '../api/endpoints.ts';
import { LiveProvider } from '../api/LiveProvider.tsx';
import { ApiError, messageOf } from '../api/problem.ts';
import type { User, WorkflowSummary } from '../api/types.ts';
import { DirectoryProvider } from './directory.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Routes } from './Routes.tsx';
import { SessionContext } from './session.tsx';
import { SignIn } from './SignIn.tsx';

type Who =
  | { state: 'asking' }
  | { state: 'nobody' }
  | { state: 'user'; user: User }
  | { state: 'error'; message: string };

export function App() {
  return (
    <ErrorBoundary>
      <SessionGate />
    </ErrorBoundary>
  );
}

function SessionGate() {
  const [who, setWho] = useState<Who>({ state: 'asking' });

  const ask = useCallback(() => {
    getMe()
      .then((user) => setWho({ state: 'user', user }))
      .catch((error: unknown) =>
        setWho(
          error instanceof ApiError && error.status === 401
            ? { state: 'nobody' }
            : { state: 'error', message: messageOf(error) },
        ),
      );
  }, []);

  useEffect(ask, [ask]);
  useEffect(() => onUnauthorized(() => setWho({ state: 'nobody' })), []);

  const doSignOut = useCallback(() => {
    signOut()
      .catch(() => undefined)
      .finally(() => setWho({ state: 'nobody' }));
  }, []);

  if (who.state === 'asking') return <p className="page-message">Loading…</p>;
  if (who.state === 'error')
    return (
      <main className="page-message" role="alert">
        <h1>Stageflow is not reachable</h1>
        <p>{who.message}</p>
        <button type="button" className="button primary" onClick={ask}>
          Try again
        </button>
      </main>
    );
  if (who.state === 'nobody')
    return <SignIn onSignedIn={(user) => setWho({ state: 'user', user })} />;
  return (
    <SessionContext.Provider value={{ user: who.user, signOut: doSignOut }}>
      <DirectoryProvider me={who.user}>
        <LiveProvider onUnauthorized={() => setWho({ state: 'nobody' })}>
          <WorkflowsGate />
        </LiveProvider>
      </DirectoryProvider>
    </SessionContext.Provider>
  );
}

function WorkflowsGate() {
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
        <h1>The boards could not be loaded</h1>
        <p>{error}</p>
        <button type="button" className="button primary" onClick={load}>
          Try again
        </button>
      </main>
    );
  if (!workflows) return <p className="page-message">Loading boards…</p>;
  return <Routes workflows={workflows} reloadWorkflows={load} />;
}
