import { useEffect } from 'react';
import type { WorkflowSummary } from '@stageflow/api';
import { useLiveChanges } from '../api/LiveProvider.tsx';
import { BoardPage } from '../board/BoardPage.tsx';
import { FormPrintPage } from '../forms/FormPrintPage.tsx';
import { UsersRoute, WorkflowEditorRoute } from './admin-pages.tsx';
import { rememberedWorkflow, rememberWorkflow } from './remembered-workflow.ts';
import { matchPath, navigate, useLocation } from './router.ts';
import { useSession } from './session.tsx';
import { TopBar } from './TopBar.tsx';
import { useT } from '../i18n/useT.ts';
import { CustomersPage } from '../installed-base/CustomersPage.tsx';
import { CustomerPage } from '../installed-base/CustomerPage.tsx';
import { EquipmentListPage } from '../installed-base/EquipmentListPage.tsx';
import { EquipmentPage } from '../installed-base/EquipmentPage.tsx';
import { ReportsPage } from '../reports/ReportsPage.tsx';
import { StockPage } from '../parts/StockPage.tsx';
import { SupplierPage } from '../parts/SupplierPage.tsx';
import { SuppliersPage } from '../parts/SuppliersPage.tsx';

export function Routes({
  workflows,
  reloadWorkflows,
}: {
  workflows: WorkflowSummary[];
  reloadWorkflows: () => void;
}) {
  const { user } = useSession();
  const { t } = useT();
  const { pathname, search } = useLocation();
  const printParams = matchPath('/print/cards/:id/:form', pathname);
  const boardParams = matchPath('/board/:key', pathname);
  const editorParams = matchPath('/admin/workflows/:key', pathname);
  const current = boardParams?.key ?? editorParams?.key ?? pickWorkflow(workflows);

  useEffect(() => {
    if (boardParams?.key) rememberWorkflow(boardParams.key);
  }, [boardParams?.key]);

  useEffect(() => {
    if ((pathname === '/' || pathname === '/board') && current) {
      navigate(`/board/${encodeURIComponent(current)}`, { replace: true });
    }
  }, [pathname, current]);

  // A new workflow or a new version changes names and tabs.
  useLiveChanges((change) => {
    if (change.kind.startsWith('workflow.')) reloadWorkflows();
  });

  // A print view is the sheet alone: no top bar to hide from the printer.
  if (printParams) {
    return (
      <FormPrintPage
        cardId={printParams.id ?? ''}
        form={printParams.form ?? ''}
        lang={search.get('lang')}
      />
    );
  }

  let page;
  if (boardParams) {
    const workflow = workflows.find((w) => w.key === boardParams.key);
    page = workflow ? (
      <BoardPage key={workflow.key} workflow={workflow} />
    ) : (
      <NotFound what={t('routes.noBoard', { key: boardParams.key })} />
    );
  } else if (editorParams || pathname === '/admin/users') {
    page =
      user.role !== 'admin' ? (
        <NotFound what={t('routes.adminsOnly')} />
      ) : editorParams ? (
        <WorkflowEditorRoute />
      ) : (
        <UsersRoute />
      );
  } else if (pathname === '/reports') {
    page = <ReportsPage workflows={workflows} defaultWorkflow={current} />;
  } else if (installedBasePage(pathname)) {
    page = installedBasePage(pathname);
  } else if (pathname === '/' || pathname === '/board') {
    page = workflows.length === 0 ? <NotFound what={t('routes.noWorkflows')} /> : null;
  } else {
    page = <NotFound what={t('routes.noPage')} />;
  }

  return (
    <div className="app">
      <TopBar workflows={workflows} currentWorkflow={current} pathname={pathname} />
      {page}
    </div>
  );
}

/** The customers and equipment pages, or null when the path is not one of them. */
function installedBasePage(pathname: string) {
  if (pathname === '/customers') return <CustomersPage />;
  if (pathname === '/equipment') return <EquipmentListPage />;
  if (pathname === '/stock') return <StockPage />;
  if (pathname === '/suppliers') return <SuppliersPage />;
  const supplier = matchPath('/suppliers/:id', pathname);
  if (supplier) return <SupplierPage key={supplier.id} id={supplier.id!} />;
  const customer = matchPath('/customers/:id', pathname);
  if (customer) return <CustomerPage key={customer.id} id={customer.id!} />;
  const unit = matchPath('/equipment/:id', pathname);
  if (unit) return <EquipmentPage key={unit.id} id={unit.id!} />;
  return null;
}

function pickWorkflow(workflows: WorkflowSummary[]): string | null {
  const remembered = rememberedWorkflow();
  if (remembered && workflows.some((w) => w.key === remembered)) return remembered;
  return workflows[0]?.key ?? null;
}

function NotFound({ what }: { what: string }) {
  const { t } = useT();
  return (
    <main className="page-message">
      <h1>{t('routes.nothingHere')}</h1>
      <p>{what}</p>
    </main>
  );
}
