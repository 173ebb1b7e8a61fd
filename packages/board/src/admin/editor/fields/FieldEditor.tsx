import type { FieldDef, FieldType } from '@stageflow/engine';
import { FIELD_TYPES } from '@stageflow/engine';
import { pathId } from '../../paths.ts';
import { useEditor } from '../editor-context.ts';
import { FormRow } from '../form/FormRow.tsx';
import { LabelKeyInputs } from '../form/LabelKeyInputs.tsx';
import { parseNumber, withOptional } from '../form/optional.ts';
import { ProblemText } from '../problems/ProblemText.tsx';
import { OptionsEditor } from './OptionsEditor.tsx';

const TYPE_LABELS: Record<FieldType, string> = {
  text: 'Text',
  longtext: 'Long text',
  number: 'Number',
  money: 'Money',
  date: 'Date',
  select: 'Choice (select)',
  boolean: 'Yes / no',
  user: 'User',
  customer: 'Customer (from the installed base)',
  equipment: 'Equipment unit (from the installed base)',
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
  const { dispatch } = useEditor();
  const path = ['fields', index] as const;
  const update = (next: FieldDef) => dispatch({ type: 'field.update', index, field: next });
  const name = field.label || field.key || `field ${index + 1}`;
  const changeType = (type: FieldType) => {
    let next: FieldDef = { ...field, type };
    next = withOptional(
      next,
      'options',
      type === 'select' ? (field.options ?? [{ value: 'option1', label: 'Option 1' }]) : undefined,
    );
    next = withOptional(next, 'currency', type === 'money' ? (field.currency ?? 'EUR') : undefined);
    const numeric = type === 'number' || type === 'money';
    next = withOptional(next, 'min', numeric ? field.min : undefined);
    next = withOptional(next, 'max', numeric ? field.max : undefined);
    update(next);
  };
  return (
    <li className="admin-field" aria-label={`Field ${name}`}>
      <div className="admin-field__body" id={pathId(path)} tabIndex={-1}>
        <div className="admin-grid admin-grid--3">
          <LabelKeyInputs value={field} path={path} onChange={update} />
          <FormRow label="Type" path={[...path, 'type']}>
            {(c) => (
              <select
                {...c}
                value={field.type}
                onChange={(e) => changeType(e.target.value as FieldType)}
              >
                {FIELD_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {TYPE_LABELS[t]}
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
            Required when a card is created
          </label>
          <label className="admin-check">
            <input
              type="checkbox"
              checked={field.showOnCard ?? false}
              onChange={(e) =>
                update(withOptional(field, 'showOnCard', e.target.checked || undefined))
              }
            />
            Show on the card face
          </label>
          {field.type === 'money' && (
            <FormRow label="Currency" path={[...path, 'currency']} className="admin-row--inline">
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
                label={bound === 'min' ? 'Minimum' : 'Maximum'}
                path={[...path, bound]}
                className="admin-row--inline"
              >
                {(c) => (
                  <input
                    {...c}
                    type="number"
                    step="any"
                    className="admin-input--short"
                    placeholder="None"
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
        aria-label={`Remove field ${name}`}
        onClick={() => dispatch({ type: 'field.remove', index })}
      >
        ✕
      </button>
    </li>
  );
}
