import type { WorkflowDefinition } from '@stageflow/engine';
import { linkHandler } from '../../app/router.ts';
import { keyFromLabel } from './draft/keys.ts';
import { useEditor } from './editor-context.ts';
import { FormRow } from './form/FormRow.tsx';

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
  const { dispatch } = useEditor();
  const publishLabel = creating ? 'Create workflow' : 'Publish…';
  const blocked =
    problemCount > 0
      ? `Fix ${problemCount} problem${problemCount === 1 ? '' : 's'} before publishing`
      : null;
  return (
    <header className="admin-editor__header">
      <div className="admin-editor__title admin-grid admin-grid--3">
        <FormRow label="Workflow name" path={['name']}>
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
          label="Key"
          path={['key']}
          hint={creating ? 'Used in URLs; cannot change later' : undefined}
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
        <FormRow label="Description" path={['description']}>
          {(c) => (
            <input
              {...c}
              value={def.description ?? ''}
              placeholder="What this workflow is for"
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
            + New workflow
          </a>
        )}
        <span className="admin-badge" aria-label="Published version">
          {latestVersion ? `v${latestVersion}` : 'unpublished'}
        </span>
        {dirty && <span className="admin-badge admin-badge--warn">unpublished changes</span>}
        {dirty && !creating && (
          <button type="button" className="admin-btn" onClick={onDiscard}>
            Discard changes
          </button>
        )}
        {blocked && <span className="admin-editor__blocked">{blocked}</span>}
        <button
          type="button"
          className="admin-btn admin-btn--primary"
          disabled={Boolean(blocked) || (!dirty && !creating)}
          title={blocked ?? (!dirty && !creating ? 'Nothing to publish yet' : undefined)}
          onClick={onPublish}
        >
          {publishLabel}
        </button>
      </div>
    </header>
  );
}
