import type { Condition } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { ConditionEditor } from '../conditions/ConditionEditor.tsx';
import { defaultCondition } from '../conditions/condition-model.ts';
import { useEditor } from '../editor-context.ts';
import { useT } from '../../../i18n/useT.ts';

/** The move's guard: absent (always allowed) or one condition tree built with the form. */
export function GuardEditor({
  value,
  path,
  onChange,
}: {
  value: Condition | undefined;
  path: DefPath;
  onChange: (next: Condition | undefined) => void;
}) {
  const { t } = useT();
  const { def, today, workflows } = useEditor();
  const env = { fields: def.fields, today, workflows, self: def.key };
  return (
    <div className="admin-subsection">
      <h4>{t('editor.onlyAllowedWhen')}</h4>
      {value ? (
        <ConditionEditor
          value={value}
          path={path}
          env={env}
          onChange={onChange}
          onRemove={() => onChange(undefined)}
        />
      ) : (
        <p className="admin-muted">{t('editor.noCondition')}</p>
      )}
      {!value && (
        <button
          type="button"
          className="admin-btn admin-btn--small"
          onClick={() => onChange(defaultCondition('field', def.fields, today))}
        >
          + Add a condition
        </button>
      )}
    </div>
  );
}
