import type { WorkflowDefinition } from '@stageflow/engine';
import { linkHandler } from '../../app/router.ts';
import { keyFromLabel } from './draft/keys.ts';
import { useEditor } from './editor-context.ts';
import { FormRow } from './form/FormRow.tsx';
import { useT } from '../../i18n/useT.ts';
import { withKorean } from './form/korean-label.ts';

interface Props {
  def: WorkflowDefinition;
  creating: boolean;
  latestVersion: number | null;
  dirty: boolean;
  problemCount: number;
  onDiscard: () => void;
  onPublish: () => void;
}

/** Name, key and description of the workflow, its version, and the publish button. */
export function EditorHeader({
  def,
  creating,
  latestVersion,
  dirty,
  problemCount,
  onDiscard,
  onPublish,
}: Props) {
  const { t } = useT();
  const { dispatch } = useEditor();
  const publishLabel = creating ? t('editor.createWorkflow') : t('editor.publish');
  const blocked = problemCount > 0 ? t('editor.fixProblems', { count: problemCount }) : null;
  return (
    <header className="admin-editor__header">
      <div className="admin-editor__title admin-grid admin-grid--3">
        <FormRow label={t('editor.workflowName')} path={['name']}>
          {(c) => (
            <input
              {...c}
              className="admin-input--title"
              value={def.name}
              onChange={(e) => {
                const name = e.target.value;
                // A new workflow's key follows its name until the admin types a key of their own.
                const derived = creating && def.key === keyFromLabel(def.name, 'workflow', 'snake');
                const key = derived ? keyFromLabel(name, 'workflow', 'snake') : def.key;
                dispatch({ type: 'meta', patch: { name, key } });
              }}
            />
          )}
        </FormRow>
        <FormRow
          label={t('editor.key')}
          path={['key']}
          hint={creating ? t('editor.keyHint') : undefined}
        >
          {(c) => (
            <input
              {...c}
              className="admin-mono"
              readOnly={!creating}
              spellCheck={false}
              value={def.key}
              onChange={(e) => dispatch({ type: 'meta', patch: { key: e.target.value } })}
            />
          )}
        </FormRow>
        <FormRow label={t('editor.nameKo')} path={['labels', 'ko']}>
          {(c) => (
            <input
              {...c}
              lang="ko"
              value={def.labels?.ko ?? ''}
              placeholder={t('editor.optional')}
              onChange={(e) =>
                dispatch({
                  type: 'meta',
                  patch: { labels: withKorean(def.labels, e.target.value) },
                })
              }
            />
          )}
        </FormRow>
        <FormRow label={t('editor.description')} path={['description']}>
          {(c) => (
            <input
              {...c}
              value={def.description ?? ''}
              placeholder={t('editor.descriptionPlaceholder')}
              onChange={(e) => dispatch({ type: 'meta', patch: { description: e.target.value } })}
            />
          )}
        </FormRow>
      </div>
      <div className="admin-editor__status">
        {!creating && (
          <a
            href="/admin/workflows/new"
            className="admin-link-btn"
            onClick={linkHandler('/admin/workflows/new')}
          >
            {t('editor.newWorkflow')}
          </a>
        )}
        <span className="admin-badge" aria-label={t('editor.publishedVersion')}>
          {latestVersion ? `v${latestVersion}` : t('editor.unpublished')}
        </span>
        {dirty && (
          <span className="admin-badge admin-badge--warn">{t('editor.unpublishedChanges')}</span>
        )}
        {dirty && !creating && (
          <button type="button" className="admin-btn" onClick={onDiscard}>
            {t('editor.discardChanges')}
          </button>
        )}
        {blocked && <span className="admin-editor__blocked">{blocked}</span>}
        <button
          type="button"
          className="admin-btn admin-btn--primary"
          disabled={Boolean(blocked) || (!dirty && !creating)}
          title={blocked ?? (!dirty && !creating ? t('editor.nothingToPublish') : undefined)}
          onClick={onPublish}
        >
          {publishLabel}
        </button>
      </div>
    </header>
  );
}
