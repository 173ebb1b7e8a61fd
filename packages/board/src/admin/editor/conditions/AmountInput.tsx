import type { Amount, FieldDef } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { FormRow } from '../form/FormRow.tsx';
import { useT } from '../../../i18n/useT.ts';
import { decodeRef, encodeRef, refOptions } from './ref-options.ts';

interface Props {
  label: string;
  path: DefPath;
  value: Amount;
  fields: FieldDef[];
  onChange: (value: Amount) => void;
}

/** A number typed here, or read from a number field of the card (e.g. "warranty months"). */
export function AmountInput({ label, path, value, fields, onChange }: Props) {
  const { t, locale } = useT();
  const numberFields = refOptions(fields, ['number'], locale);
  const literal = typeof value === 'number';
  const source = literal ? '' : encodeRef(value);
  return (
    <FormRow label={label} path={path}>
      {(c) => (
        <div className="admin-inline">
          {literal && (
            <input
              {...c}
              type="number"
              step="any"
              className="admin-input--short"
              value={Number.isNaN(value) ? '' : value}
              onChange={(e) =>
                onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))
              }
            />
          )}
          <select
            {...(literal ? { 'aria-label': `${label}: a number or a field` } : c)}
            value={source}
            onChange={(e) => onChange(e.target.value === '' ? 1 : decodeRef(e.target.value))}
          >
            <option value="">{t('editor.aNumber')}</option>
            {!literal && !numberFields.some((f) => f.value === source) && (
              <option value={source}>{t('editor.unknownKey.field', { key: source })}</option>
            )}
            {numberFields.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </FormRow>
  );
}
