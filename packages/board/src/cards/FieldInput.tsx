// One input for one workflow field, chosen by the field's type. Used by the create form, the
// card drawer, the move dialog (and the admin pages).
import { localLabel, type FieldDef, type FieldValue } from '@stageflow/engine';
import { useT } from '../i18n/useT.ts';
import { useId } from 'react';
import { useDirectory } from '../app/directory.tsx';
import { RecordPicker } from '../installed-base/RecordPicker.tsx';

export interface FieldInputProps {
  field: FieldDef;
  value: FieldValue | undefined;
  onChange: (value: FieldValue) => void;
  /** A sentence saying what is wrong with the value, shown under the input. */
  error?: string | null;
  /** Mark as needed even if the definition does not (e.g. a transition requires it). */
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
}

export function FieldInput({
  field,
  value,
  onChange,
  error,
  required,
  disabled,
  autoFocus,
}: FieldInputProps) {
  const id = useId();
  const directory = useDirectory();
  const { t, locale } = useT();
  const label = localLabel(field, locale);
  const describedBy = [error ? `${id}-error` : null, field.description ? `${id}-desc` : null]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name: field.key,
    disabled,
    autoFocus,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    'aria-required': required || field.required ? true : undefined,
  } as const;
  const text = value === null || value === undefined ? '' : String(value);

  let input;
  switch (field.type) {
    case 'longtext':
      input = (
        <textarea {...common} rows={3} value={text} onChange={(e) => onChange(e.target.value)} />
      );
      break;
    case 'number':
    case 'money':
      input = (
        <span className={field.type === 'money' ? 'money-input' : undefined}>
          {field.type === 'money' && (
            <span className="money-currency" aria-hidden="true">
              {field.currency ?? 'EUR'}
            </span>
          )}
          <input
            {...common}
            type="number"
            inputMode="decimal"
            step={field.type === 'money' ? '0.01' : 'any'}
            value={text}
            onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
          />
        </span>
      );
      break;
    case 'date':
      input = (
        <input
          {...common}
          type="date"
          value={text}
          onChange={(e) => onChange(e.target.value || null)}
        />
      );
      break;
    case 'boolean':
      return (
        <div className="field field-checkbox">
          <input
            {...common}
            type="checkbox"
            checked={value === true}
            onChange={(e) => onChange(e.target.checked)}
          />
          <label htmlFor={id}>{label}</label>
          <FieldNotes id={id} field={field} error={error} />
        </div>
      );
    case 'select':
      input = (
        <select {...common} value={text} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">{t('fields.choose')}</option>
          {(field.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {localLabel(o, locale)}
            </option>
          ))}
        </select>
      );
      break;
    case 'user':
      // People from the directory; someone who left stays visible as the current value.
      input = (
        <select {...common} value={text} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">{t('fields.nobody')}</option>
          {text && !directory.byId.has(text) && (
            <option value={text}>{directory.nameOf(text)}</option>
          )}
          {directory.people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      );
      break;
    case 'customer':
    case 'equipment':
      input = (
        <RecordPicker
          id={id}
          field={{ ...field, type: field.type }}
          value={value}
          onChange={onChange}
          disabled={disabled}
          describedBy={describedBy || undefined}
          invalid={Boolean(error)}
        />
      );
      break;
    default:
      input = (
        <input {...common} type="text" value={text} onChange={(e) => onChange(e.target.value)} />
      );
  }

  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {(required || field.required) && (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {input}
      <FieldNotes id={id} field={field} error={error} />
    </div>
  );
}

function FieldNotes({ id, field, error }: { id: string; field: FieldDef; error?: string | null }) {
  return (
    <>
      {field.description && (
        <span id={`${id}-desc`} className="field-hint">
          {field.description}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </>
  );
}
