import type { Assignment } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { FieldSelect } from '../conditions/FieldSelect.tsx';
import { defaultValue } from '../conditions/condition-model.ts';
import { ValueInput } from '../conditions/ValueInput.tsx';
import { useEditor } from '../editor-context.ts';
import { FormRow } from '../form/FormRow.tsx';
import { withOptional } from '../form/optional.ts';
import { useT } from '../../../i18n/useT.ts';
import { decodeRef, encodeRef, refOptions } from '../conditions/ref-options.ts';

type Source = 'value' | 'clear' | 'eventDate' | 'actor' | 'copy';

const sourceOf = (a: Assignment): Source =>
  'from' in a ? a.from : 'copy' in a ? 'copy' : a.value === null ? 'clear' : 'value';

interface Props {
  value: Assignment;
  path: DefPath;
  onChange: (next: Assignment) => void;
  onRemove: () => void;
}

/** "Set <field> to <a value | the date of the move | the person moving | nothing>". */
export function AssignmentRow({ value, path, onChange, onRemove }: Props) {
  const { t, locale } = useT();
  const { def, today } = useEditor();
  const field = def.fields.find((f) => f.key === value.field);
  const source = sourceOf(value);
  // A copy takes a value of the same type: another field's, or the customer's or unit's.
  const copyOptions = refOptions(
    def.fields.filter((f) => f.key !== value.field),
    field ? [field.type] : [],
    locale,
  );
  // `ifEmpty` survives a change of source or value.
  const keep = value.ifEmpty ? { ifEmpty: true } : {};
  const setSource = (next: Source) => {
    if (next === 'eventDate' || next === 'actor')
      onChange({ field: value.field, from: next, ...keep });
    else if (next === 'clear') onChange({ field: value.field, value: null, ...keep });
    else if (next === 'copy') {
      const first = copyOptions[0]?.value ?? value.field;
      onChange({ field: value.field, copy: decodeRef(first), ...keep });
    } else onChange({ field: value.field, value: defaultValue(field, today), ...keep });
  };
  return (
    <li className="admin-assign">
      <FormRow label={t('editor.setField')} path={[...path, 'field']}>
        {(c) => (
          <FieldSelect
            control={c}
            value={value.field}
            fields={def.fields}
            onChange={(key) => onChange({ ...value, field: key })}
          />
        )}
      </FormRow>
      <FormRow label={t('editor.to')} path={[...path, 'from']}>
        {(c) => (
          <select {...c} value={source} onChange={(e) => setSource(e.target.value as Source)}>
            <option value="value">{t('editor.aValue')}</option>
            <option value="eventDate">{t('editor.dateOfMove')}</option>
            <option value="actor">{t('editor.personMoving')}</option>
            <option value="clear">{t('editor.clearIt')}</option>
            <option value="copy">{t('editor.aCopy')}</option>
          </select>
        )}
      </FormRow>
      {'value' in value && value.value !== null ? (
        <FormRow label={t('editor.value')} path={[...path, 'value']}>
          {(c) => (
            <ValueInput
              control={c}
              field={field}
              value={value.value}
              onChange={(v) => onChange({ field: value.field, value: v, ...keep })}
            />
          )}
        </FormRow>
      ) : 'copy' in value ? (
        <FormRow label={t('editor.copyOf')} path={[...path, 'copy']}>
          {(c) => (
            <select
              {...c}
              value={encodeRef(value.copy)}
              onChange={(e) => onChange({ ...value, copy: decodeRef(e.target.value) })}
            >
              {!copyOptions.some((o) => o.value === encodeRef(value.copy)) && (
                <option value={encodeRef(value.copy)}>{encodeRef(value.copy)}</option>
              )}
              {copyOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </FormRow>
      ) : (
        <span />
      )}
      <button
        type="button"
        className="admin-icon-btn admin-icon-btn--danger"
        aria-label={t('editor.removeAssignment', { name: field?.label ?? value.field })}
        onClick={onRemove}
      >
        ✕
      </button>
      <label className="admin-check admin-assign__if-empty">
        <input
          type="checkbox"
          checked={value.ifEmpty ?? false}
          onChange={(e) => onChange(withOptional(value, 'ifEmpty', e.target.checked || undefined))}
        />
        Only when {field?.label ?? 'the field'} is empty (keep a value already there)
      </label>
    </li>
  );
}
