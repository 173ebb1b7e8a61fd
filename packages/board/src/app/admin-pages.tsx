// The admin pages (src/admin) load lazily, so the diagram libraries only reach admins.
import { lazy, Suspense } from 'react';

const WorkflowEditor = lazy(() =>
  import('../admin/index.ts').then((m) => ({ default: m.WorkflowEditorPage })),
);
const Users = lazy(() => import('../admin/index.ts').then((m) => ({ default: m.UsersPage })));

const loading = <p className="page-message">Loading…</p>;

export function WorkflowEditorRoute() {
  return (
    <Suspense fallback={loading}>
      <WorkflowEditor />
    </Suspense>
  );
}

export function UsersRoute() {
  return (
    <Suspense fallback={loading}>
      <Users />
    </Suspense>
  );
}
