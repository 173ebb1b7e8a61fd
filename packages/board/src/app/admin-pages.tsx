// The admin pages (src/admin) load lazily, so the diagram libraries only reach admins.
import { lazy, Suspense } from 'react';
import { useT } from '../i18n/useT.ts';

const WorkflowEditor = lazy(() =>
  import('../admin/index.ts').then((m) => ({ default: m.WorkflowEditorPage })),
);
const Users = lazy(() => import('../admin/index.ts').then((m) => ({ default: m.UsersPage })));

function Loading() {
  const { t } = useT();
  return <p className="page-message">{t('app.loading')}</p>;
}
const loading = <Loading />;

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
