// The create and edit form of a customer or unit. The server's problems are shown beside the
// inputs they concern (the problem's `field` or `errors`), anything else above the buttons.
import { useId, useState, type FormEvent } from 'react';
import { ApiError, messageOf, problemFieldErrors } from '../api/problem.ts';
import { useT, type BoardKey } from '../i18n/useT.ts';
import { RecordPicker } from './RecordPicker.tsx';

export interface FormField {
  key: string;
  label: BoardKey;
  type: 'text' | 'longtext' | 'date' | 'number' | 'customer' | 'email';
  required?: boolean;
  hint?: BoardKey;
}

export type FormValues = Record<string, string | number | null>;

interface Props {
  fields: FormField[];
  initial: FormValues;
  submitLabel: string;
  onSubmit: (values: FormValues) => Promise<void>;
  onCancel?: () => void;
}

/** Empty inputs are sent as null (cleared), numbers as numbers. */
function toBody(fields: FormField[], values: FormValues): FormValues {
  const body: FormValues = {};
  for (const f of fields) {
    const v = values[f.key];
    body[f.key] = v === '' || v === undefined ? null : v;
  }
  return body;
}

export function RecordForm({ fields, initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useT();
  const formId = useId();
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setGeneral(null);
    try {
      await onSubmit(toBody(fields, values));
    } catch (err) {
      const byField =
        err instanceof ApiError
          ? { ...problemFieldErrors(err.problem) }
          : ({} as Record<string, string>);
      const field = err instanceof ApiError ? err.problem.field : undefined;
      if (typeof field === 'string' && !byField[field]) byField[field] = messageOf(err);
      const known = Object.keys(byField).filter((k) => fields.some((f) => f.key === k));
      setErrors(byField);
      if (known.length === 0) setGeneral(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="record-form" onSubmit={(e) => void submit(e)} noValidate>
      {fields.map((f) => {
        const id = `${formId}-${f.key}`;
        const error = errors[f.key];
        const value = values[f.key];
        const text = value === null || value === undefined ? '' : String(value);
        const common = {
          id,
          name: f.key,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? `${id}-error` : undefined,
          'aria-required': f.required || undefined,
        } as const;
        const set = (v: string | number | null) => setValues((all) => ({ ...all, [f.key]: v }));
        let input;
        if (f.type === 'longtext') {
          input = (
            <textarea {...common} rows={3} value={text} onChange={(e) => set(e.target.value)} />
          );
        } else if (f.type === 'customer') {
          input = (
            <RecordPicker
              id={id}
              field={{ key: f.key, label: t(f.label), type: 'customer' }}
              value={value}
              onChange={(v) => set(typeof v === 'string' ? v : null)}
              describedBy={error ? `${id}-error` : undefined}
              invalid={Boolean(error)}
            />
          );
        } else {
          input = (
            <input
              {...common}
              type={f.type}
              inputMode={f.type === 'number' ? 'numeric' : undefined}
              value={text}
              onChange={(e) =>
                set(
                  f.type === 'number' && e.target.value !== ''
                    ? Number(e.target.value)
                    : e.target.value,
                )
              }
            />
          );
        }
        return (
          <div key={f.key} className={f.type === 'longtext' ? 'field field-wide' : 'field'}>
            <label htmlFor={id}>
              {t(f.label)}
              {f.required && (
                <span className="required-mark" aria-hidden="true">
                  {' '}
                  *
                </span>
              )}
            </label>
            {input}
            {f.hint && !error && <span className="field-hint">{t(f.hint)}</span>}
            {error && (
              <span id={`${id}-error`} className="field-error">
                {error}
              </span>
            )}
          </div>
        );
      })}
      {general && (
        <p className="record-form__error field-error" role="alert">
          {general}
        </p>
      )}
      <div className="record-form__actions">
        {onCancel && (
          <button type="button" className="button ghost" onClick={onCancel}>
            {t('installedBase.cancel')}
          </button>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('installedBase.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}

export const CUSTOMER_FIELDS: FormField[] = [
  { key: 'name', label: 'installedBase.field.name', type: 'text', required: true },
  { key: 'email', label: 'installedBase.field.email', type: 'email' },
  { key: 'phone', label: 'installedBase.field.phone', type: 'text' },
  { key: 'address', label: 'installedBase.field.address', type: 'longtext' },
  { key: 'notes', label: 'installedBase.field.notes', type: 'longtext' },
];

export const EQUIPMENT_FIELDS: FormField[] = [
  { key: 'serialNumber', label: 'installedBase.field.serialNumber', type: 'text', required: true },
  { key: 'product', label: 'installedBase.field.product', type: 'text', required: true },
  { key: 'model', label: 'installedBase.field.model', type: 'text' },
  { key: 'customer', label: 'installedBase.field.customer', type: 'customer' },
  { key: 'purchaseDate', label: 'installedBase.field.purchaseDate', type: 'date' },
  {
    key: 'warrantyMonths',
    label: 'installedBase.field.warrantyMonths',
    type: 'number',
    hint: 'installedBase.field.warrantyMonthsHint',
  },
  { key: 'contractExpires', label: 'installedBase.field.contractExpires', type: 'date' },
  { key: 'notes', label: 'installedBase.field.notes', type: 'longtext' },
];
