import { useLiveStatus } from '../api/LiveProvider.tsx';
import type { WorkflowSummary } from '../api/types.ts';
import { Link } from './Link.tsx';
import { useSession } from './session.tsx';

const liveText = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  stopped: 'Offline',
} as const;

export function TopBar({
  workflows,
  currentWorkflow,
  pathname,
}: {
  workflows: WorkflowSummary[];
  currentWorkflow: string | null;
  pathname: string;
}) {
  const { user, signOut } = useSession();
  const status = useLiveStatus();
  const onBoard = pathname.startsWith('/board/');
  return (
    <header className="top-bar">
      <Link to="/" className="brand" aria-label="Stageflow home">
        <span className="brand-mark" aria-hidden="true" />
        Stageflow
      </Link>
      <nav className="workflow-tabs" aria-label="Boards">
        {workflows.map((w) => {
          const current = onBoard && w.key === currentWorkflow;
          return (
            <Link
              key={w.key}
              to={`/board/${encodeURIComponent(w.key)}`}
              className={current ? 'tab current' : 'tab'}
              aria-current={current ? 'page' : undefined}
            >
              {w.name}
            </Link>
          );
        })}
      </nav>
      <div className="top-bar-end">
        {user.role === 'admin' && (
          <nav className="admin-links" aria-label="Admin">
            {currentWorkflow && (
              <Link
                to={`/admin/workflows/${encodeURIComponent(currentWorkflow)}`}
                className={pathname.startsWith('/admin/workflows') ? 'tab current' : 'tab'}
              >
                Edit workflow
              </Link>
            )}
            <Link to="/admin/users" className={pathname === '/admin/users' ? 'tab current' : 'tab'}>
              Users
            </Link>
          </nav>
        )}
        <span className={`live-status ${status}`} role="status" aria-live="polite">
          <span className="live-dot" aria-hidden="true" />
          {liveText[status]}
        </span>
        <span className="user-chip" title={user.email}>
          <span className="avatar" aria-hidden="true">
            {initials(user.name)}
          </span>
          <span className="user-name">{user.name}</span>
          <span className="role-badge">{user.role}</span>
        </span>
        <button type="button" className="button ghost small" onClick={signOut}>
          Sign out
        </button>
      </div>
    </header>
  );
}

export function initials(name: string): string {
  const parts = name.split(/[\s@.]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (parts[1]?.[0] ?? '')).toUpperCase();
}
