import { localLabel } from '@stageflow/engine';
import { useLiveStatus } from '../api/LiveProvider.tsx';
import type { WorkflowSummary } from '@stageflow/api';
import { LocaleSwitcher } from '../i18n/LocaleSwitcher.tsx';
import { useT } from '../i18n/useT.ts';
import { NotificationBell } from '../inbox/NotificationBell.tsx';
import { Link } from './Link.tsx';
import { useSession } from './session.tsx';

export function TopBar({
  workflows,
  currentWorkflow,
  pathname,
}: {
  workflows: WorkflowSummary[];
  currentWorkflow: string | null;
  pathname: string;
}) {
  const { user, signOut, chooseLocale } = useSession();
  const { t, locale } = useT();
  const status = useLiveStatus();
  const onBoard = pathname.startsWith('/board/');
  return (
    <header className="top-bar">
      <Link to="/" className="brand" aria-label={t('topBar.home')}>
        <span className="brand-mark" aria-hidden="true" />
        Stageflow
      </Link>
      <nav className="workflow-tabs" aria-label={t('topBar.boards')}>
        {workflows.map((w) => {
          const current = onBoard && w.key === currentWorkflow;
          return (
            <Link
              key={w.key}
              to={`/board/${encodeURIComponent(w.key)}`}
              className={current ? 'tab current' : 'tab'}
              aria-current={current ? 'page' : undefined}
            >
              {localLabel({ label: w.name, labels: w.definition.labels }, locale)}
            </Link>
          );
        })}
      </nav>
      <nav className="admin-links" aria-label={t('reports.title')}>
        <Link
          to="/reports"
          className={pathname === '/reports' ? 'tab current' : 'tab'}
          aria-current={pathname === '/reports' ? 'page' : undefined}
        >
          {t('reports.nav')}
        </Link>
      </nav>
      <nav className="admin-links" aria-label={t('installedBase.nav')}>
        <Link
          to="/customers"
          className={pathname.startsWith('/customers') ? 'tab current' : 'tab'}
          aria-current={pathname.startsWith('/customers') ? 'page' : undefined}
        >
          {t('installedBase.customers')}
        </Link>
        <Link
          to="/equipment"
          className={pathname.startsWith('/equipment') ? 'tab current' : 'tab'}
          aria-current={pathname.startsWith('/equipment') ? 'page' : undefined}
        >
          {t('installedBase.equipment')}
        </Link>
        <Link
          to="/stock"
          className={stockSection(pathname) ? 'tab current' : 'tab'}
          aria-current={pathname.startsWith('/stock') ? 'page' : undefined}
        >
          {t('parts.nav')}
        </Link>
      </nav>
      <div className="top-bar-end">
        {user.role === 'admin' && (
          <nav className="admin-links" aria-label={t('topBar.admin')}>
            {currentWorkflow && (
              <Link
                to={`/admin/workflows/${encodeURIComponent(currentWorkflow)}`}
                className={pathname.startsWith('/admin/workflows') ? 'tab current' : 'tab'}
              >
                {t('topBar.editWorkflow')}
              </Link>
            )}
            <Link to="/admin/users" className={pathname === '/admin/users' ? 'tab current' : 'tab'}>
              {t('topBar.users')}
            </Link>
          </nav>
        )}
        <span className={`live-status ${status}`} role="status" aria-live="polite">
          <span className="live-dot" aria-hidden="true" />
          {t(`topBar.live.${status}`)}
        </span>
        <NotificationBell />
        <span className="user-chip" title={`${user.name} · ${user.email}`}>
          <span className="avatar" aria-hidden="true">
            {initials(user.name)}
          </span>
          <span className="user-name">{user.name}</span>
          <span className="role-badge">{t(`roles.${user.role}`)}</span>
        </span>
        <LocaleSwitcher onChange={chooseLocale} />
        <button type="button" className="button ghost small" onClick={signOut}>
          {t('topBar.signOut')}
        </button>
      </div>
    </header>
  );
}

export function initials(name: string): string {
  const parts = name.split(/[\s@.]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (parts[1]?.[0] ?? '')).toUpperCase();
}

/** The stock section: the parts (/stock) and their suppliers (/suppliers). */
function stockSection(pathname: string): boolean {
  return pathname.startsWith('/stock') || pathname.startsWith('/suppliers');
}
