import type { FormEvent } from 'react';
import { useState } from 'react';
import type { Role } from '@stageflow/engine';
import { ROLES } from '@stageflow/engine';
import type { AdminUser } from '@stageflow/api';
import { createUser } from './users-api.ts';
import { messageOf } from '../../api/problem.ts';
import { useT } from '../../i18n/useT.ts';

const EMPTY = { email: '', name: '', role: 'manager' as Role, password: '' };

/** Create an account with an initial password the admin passes on to the person. */
export function InviteUserForm({ onCreated }: { onCreated: (user: AdminUser) => void }) {
  const { t } = useT();
  const [form, setForm] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const user = await createUser(form);
      onCreated(user);
      setDone(t('users.invited', { name: user.name || user.email, role: t(`roles.${user.role}`) }));
      setForm(EMPTY);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const set = (patch: Partial<typeof EMPTY>) => setForm((f) => ({ ...f, ...patch }));

  return (
    <form
      className="admin-card admin-invite"
      aria-labelledby="admin-invite-title"
      onSubmit={(e) => void submit(e)}
    >
      <h2 id="admin-invite-title">{t('users.invite')}</h2>
      <label className="admin-row">
        <span className="admin-row__label">{t('users.name')}</span>
        <input
          required
          value={form.name}
          onChange={(e) => set({ name: e.target.value })}
          autoComplete="off"
        />
      </label>
      <label className="admin-row">
        <span className="admin-row__label">{t('users.email')}</span>
        <input
          required
          type="email"
          value={form.email}
          onChange={(e) => set({ email: e.target.value })}
          autoComplete="off"
        />
      </label>
      <label className="admin-row">
        <span className="admin-row__label">{t('users.role')}</span>
        <select value={form.role} onChange={(e) => set({ role: e.target.value as Role })}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="admin-row">
        <label className="admin-row__label" htmlFor="admin-invite-password">
          {t('users.password')}
        </label>
        <input
          id="admin-invite-password"
          required
          type="password"
          minLength={10}
          value={form.password}
          aria-describedby="admin-invite-password-hint"
          onChange={(e) => set({ password: e.target.value })}
          autoComplete="new-password"
        />
        <span className="admin-row__hint" id="admin-invite-password-hint">
          {t('users.passwordHint')}
        </span>
      </div>
      {error && (
        <p className="admin-problem-text" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p className="admin-ok" role="status">
          {done}
        </p>
      )}
      <button type="submit" className="admin-btn admin-btn--primary" disabled={busy}>
        {busy ? t('create.creating') : t('users.create')}
      </button>
    </form>
  );
}
