import { useState, type FormEvent } from 'react';
import { signIn } from '../api/endpoints.ts';
import { messageOf } from '../api/problem.ts';
import type { User } from '@stageflow/api';
import { LocaleSwitcher } from '../i18n/LocaleSwitcher.tsx';
import { useT } from '../i18n/useT.ts';

export function SignIn({ onSignedIn }: { onSignedIn: (user: User) => void }) {
  const { t } = useT();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn(String(form.get('email')), String(form.get('password'))));
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
      <form className="sign-in-card" onSubmit={submit} aria-labelledby="sign-in-title">
        <div className="brand brand-large" aria-hidden="true">
          <span className="brand-mark" />
          Stageflow
        </div>
        <h1 id="sign-in-title">{t('signIn.title')}</h1>
        <p className="muted">{t('signIn.tagline')}</p>
        <label className="field">
          <span>{t('signIn.email')}</span>
          <input name="email" type="email" autoComplete="username" required autoFocus />
        </label>
        <label className="field">
          <span>{t('signIn.password')}</span>
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary wide" disabled={busy}>
          {busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
        <div className="sign-in-locale">
          <LocaleSwitcher />
        </div>
      </form>
    </main>
  );
}
