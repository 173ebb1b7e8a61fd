import { useCallback, useEffect, useState } from 'react';
import '../admin.css';
import { navigate, useLocation } from '../../app/router.ts';
import { blankWorkflow } from './draft/draft-state.ts';
import type { PublishedVersion, WorkflowDetail } from '@stageflow/api';
import { getWorkflow } from './publish/workflow-api.ts';
import { WorkflowEditor } from './WorkflowEditor.tsx';
import { messageOf } from '../../api/problem.ts';
import { useT } from '../../i18n/useT.ts';
import { workflowName } from '@stageflow/engine';

type Load =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; base: WorkflowDetail | null };

/** The workflow key in /admin/workflows/:key ('new' creates a workflow). */
export function workflowKeyFromPath(pathname: string): string {
  const match = /\/admin\/workflows\/([^/]+)/.exec(pathname);
  return match ? decodeURIComponent(match[1]!) : 'new';
}

/** /admin/workflows/:key — loads the published workflow and opens the editor on it. */
export function WorkflowEditorPage() {
  const key = workflowKeyFromPath(useLocation().pathname);
  return <EditorLoader key={key} workflowKey={key} />;
}

function EditorLoader({ workflowKey }: { workflowKey: string }) {
  const { t, locale } = useT();
  const creating = workflowKey === 'new';
  const [load, setLoad] = useState<Load>(
    creating ? { state: 'ready', base: null } : { state: 'loading' },
  );
  const [notice, setNotice] = useState<string | null>(null);

  const fetchWorkflow = useCallback(() => {
    getWorkflow(workflowKey).then(
      (base) => setLoad({ state: 'ready', base }),
      (err: unknown) => setLoad({ state: 'error', message: messageOf(err) }),
    );
  }, [workflowKey]);

  useEffect(() => {
    if (!creating) fetchWorkflow();
  }, [creating, fetchWorkflow]);

  const onPublished = useCallback(
    (published: PublishedVersion, migrated: number | null) => {
      if (creating) {
        navigate(`/admin/workflows/${encodeURIComponent(published.key)}`, { replace: true });
        return;
      }
      const moved = migrated ? ` ${t('editor.cardsMoved', { count: migrated })}` : '';
      const name = workflowName(published.definition, locale);
      setNotice(t('editor.published', { version: published.version, name }) + moved);
      fetchWorkflow();
    },
    [creating, fetchWorkflow, t, locale],
  );

  if (load.state === 'loading') {
    return (
      <p className="admin-page-state" role="status">
        {t('editor.loading')}
      </p>
    );
  }
  if (load.state === 'error') {
    return (
      <div className="admin-page-state admin-alert" role="alert">
        <p>{t('editor.loadFailed', { key: workflowKey, reason: load.message })}</p>
        <button
          type="button"
          className="admin-btn"
          onClick={() => {
            setLoad({ state: 'loading' });
            fetchWorkflow();
          }}
        >
          {t('app.tryAgain')}
        </button>
      </div>
    );
  }
  return (
    <div className="admin-page">
      {notice && (
        <div className="admin-notice" role="status">
          {notice}
          <button type="button" className="admin-link-btn" onClick={() => setNotice(null)}>
            {t('editor.dismiss')}
          </button>
        </div>
      )}
      <WorkflowEditor
        key={load.base?.latestVersion ?? 0}
        base={load.base}
        initial={load.base?.definition ?? blankWorkflow()}
        onPublished={onPublished}
        onReload={creating ? undefined : fetchWorkflow}
      />
    </div>
  );
}
