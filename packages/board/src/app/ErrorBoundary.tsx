// The one error boundary, at the root: a crash shows a way back instead of a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { boardT } from '../i18n/i18n.ts';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Stageflow crashed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    // A class component has no hooks: the words come from the instance in the current language.
    const t = boardT();
    return (
      <main className="page-message" role="alert">
        <h1>{t('crash.title')}</h1>
        <p>{t('crash.problem', { message: error.message || t('crash.unknown') })}</p>
        <p>{t('crash.safe')}</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </button>
      </main>
    );
  }
}
