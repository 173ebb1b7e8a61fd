import type { FieldDef, FieldType } from '@stageflow/engine';
import { FIELD_TYPES } from '@stageflow/engine';
import { pathId } from '../../paths.ts';
import { useEditor } from '../editor-context.ts';
import { FormRow } from '../form/FormRow.tsx';
import { LabelKeyInputs } from '../form/LabelKeyInputs.tsx';
import { parseNumber, withOptional } from '../form/optional.ts';
import { ProblemText } from '../problems/ProblemText.tsx';
import { OptionsEditor } from './OptionsEditor.tsx';
import { useT } from '../../../i18n/useT.ts';
import type { BoardKey } from '../../../i18n/useT.ts';

const TYPE_LABELS: Record<FieldType, BoardKey> = {
  text: 'editor.type.text',
  longtext: 'editor.type.longtext',
  number: 'editor.type.number',
  money: 'editor.type.money',
  date: 'editor.type.date',
  select: 'editor.type.select',
  boolean: 'editor.type.boolean',
  user: 'editor.type.user',
  customer: 'editor.type.customer',
  equipment: 'editor.type.equipment',
};

const OWN_INPUTS = [
  'label',
  'key',
  'type',
  'required',
  'showOnCard',
  'description',
  'options',
  'currency',
  'min',
  'max',
];

export function FieldEditor({ field, index }: { field: FieldDef; index: number }) {
  const { t: say } = useT();
  const { dispatch } = useEditor();
  const path = ['fields', index] as const;
  const update = (next: FieldDef) => dispatch({ type: 'field.update', index, field: next });
  const name = field.label || field.key || say('editor.fieldN', { n: index + 1 });
  const changeType = (type: FieldType) => {
    let next: FieldDef = { ...field, type };
    next = withOptional(
      next,
      'options',
      type === 'select'
        ? (field.options ?? [{ value: 'option1', label: say('editor.optionN', { n: 1 }) }])
        : undefined,
    );
    next = withOptional(next, 'currency', type === 'money' ? (field.currency ?? 'EUR') : undefined);
    const numeric = type === 'number' || type === 'money';
    next = withOptional(next, 'min', numeric ? field.min : undefined);
    next = withOptional(next, 'max', numeric ? field.max : undefined);
    update(next);
  };
  return (
    <li className="admin-field" aria-label={say('editor.fieldNamed', { name })}>
      <div className="admin-field__body" id={pathId(path)} tabIndex={-1}>
        <div className="admin-grid admin-grid--3">
          <LabelKeyInputs value={field} path={path} onChange={update} />
          <FormRow label={say('editor.type.label')} path={[...path, 'type']}>
            {(c) => (
              <select
                {...c}
                value={field.type}
                onChange={(e) => changeType(e.target.value as FieldType)}
              >
                {FIELD_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {say(TYPE_LABELS[t])}
                  </option>
                ))}
              </select>
            )}
          </FormRow>
        </div>
        <div className="admin-inline admin-inline--wrap">
          <label className="admin-check">
            <input
              type="checkbox"
              checked={field.required ?? false}
              onChange={(e) =>
                update(withOptional(field, 'required', e.target.checked || undefined))
              }
            />
            {say('editor.requiredAtCreation')}
          </label>
          <label className="admin-check">
            <input
              type="checkbox"
              checked={field.showOnCard ?? false}
              onChange={(e) =>
                update(withOptional(field, 'showOnCard', e.target.checked || undefined))
              }
            />
            {say('editor.showOnCard')}
          </label>
          {field.type === 'money' && (
            <FormRow
              label={say('editor.currency')}
              path={[...path, 'currency']}
              className="admin-row--inline"
            >
              {(c) => (
                <input
                  {...c}
                  className="admin-input--short admin-mono"
                  maxLength={3}
                  placeholder="EUR"
                  value={field.currency ?? ''}
                  onChange={(e) =>
                    update(
                      withOptional(field, 'currency', e.target.value.toUpperCase() || undefined),
                    )
                  }
                />
              )}
            </FormRow>
          )}
          {(field.type === 'number' || field.type === 'money') &&
            (['min', 'max'] as const).map((bound) => (
              <FormRow
                key={bound}
                label={say(bound === 'min' ? 'editor.minimum' : 'editor.maximum')}
                path={[...path, bound]}
                className="admin-row--inline"
              >
                {(c) => (
                  <input
                    {...c}
                    type="number"
                    step="any"
                    className="admin-input--short"
                    placeholder={say('editor.none')}
                    value={field[bound] ?? ''}
                    onChange={(e) =>
                      update(withOptional(field, bound, parseNumber(e.target.value)))
                    }
                  />
                )}
              </FormRow>
            ))}
        </div>
        {field.type === 'select' && (
          <OptionsEditor
            options={field.options ?? []}
            path={[...path, 'options']}
            onChange={(options) => update({ ...field, options })}
          />
        )}
        <ProblemText path={path} claimed={OWN_INPUTS} />
      </div>
      <button
        type="button"
        className="admin-icon-btn admin-icon-btn--danger"
        aria-label={say('editor.removeField', { name })}
        onClick={() => dispatch({ type: 'field.remove', index })}
      >
        ✕
      </button>
    </li>
  );
}
