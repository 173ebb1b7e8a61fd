import { useCallback, useEffect, useState } from 'react';
import '../admin.css';
import { InviteUserForm } from './InviteUserForm.tsx';
import { UserRow } from './UserRow.tsx';
import type { AdminUser } from '@stageflow/api';
import { currentUser, listUsers } from './users-api.ts';
import { messageOf } from '../../api/problem.ts';
import { useT } from '../../i18n/useT.ts';

type Load =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; users: AdminUser[] };

/** /admin/users — everyone who can sign in: invite, change role, disable or enable. */
export function UsersPage() {
  const { t } = useT();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [me, setMe] = useState<string | null>(null);

  const reload = useCallback(() => {
    listUsers().then(
      (users) => setLoad({ state: 'ready', users }),
      (err: unknown) => setLoad({ state: 'error', message: messageOf(err) }),
    );
  }, []);
  useEffect(() => {
    reload();
    currentUser().then(
      (u) => setMe(u?.id ?? null),
      () => undefined,
    );
  }, [reload]);

  const replace = (user: AdminUser) =>
    setLoad((l) =>
      l.state === 'ready'
        ? { state: 'ready', users: l.users.map((u) => (u.id === user.id ? user : u)) }
        : l,
    );
  const added = (user: AdminUser) =>
    setLoad((l) => (l.state === 'ready' ? { state: 'ready', users: [...l.users, user] } : l));

  return (
    <div className="admin-page admin-users">
      <header className="admin-users__head">
        <h1>{t('users.title')}</h1>
        <p className="admin-muted">{t('users.intro')}</p>
      </header>
      <div className="admin-users__layout">
        <section aria-labelledby="admin-users-list-title" className="admin-card">
          <h2 id="admin-users-list-title">{t('users.people')}</h2>
          {load.state === 'loading' && <p role="status">{t('users.loading')}</p>}
          {load.state === 'error' && (
            <div className="admin-alert" role="alert">
              <p>{t('users.loadFailed', { reason: load.message })}</p>
              <button type="button" className="admin-btn" onClick={reload}>
                {t('app.tryAgain')}
              </button>
            </div>
          )}
          {load.state === 'ready' && load.users.length === 0 && (
            <p className="admin-empty">{t('users.none')}</p>
          )}
          {load.state === 'ready' && load.users.length > 0 && (
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">{t('users.name')}</th>
                  <th scope="col">{t('users.email')}</th>
                  <th scope="col">{t('users.role')}</th>
                  <th scope="col">{t('users.status')}</th>
                  <th scope="col">
                    <span className="admin-sr-only">{t('users.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {load.users.map((u) => (
                  <UserRow key={u.id} user={u} isMe={u.id === me} onChange={replace} />
                ))}
              </tbody>
            </table>
          )}
        </section>
        <InviteUserForm onCreated={added} />
      </div>
    </div>
  );
}
