import type { DateRef, FieldDef } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { FormRow } from '../form/FormRow.tsx';
import { useT } from '../../../i18n/useT.ts';
import { decodeRef, encodeRef, refOptions } from './ref-options.ts';

interface Props {
  label: string;
  path: DefPath;
  value: DateRef;
  fields: FieldDef[];
  onChange: (value: DateRef) => void;
}

/** The date of the move itself, or a date field of the card. */
export function DateRefInput({ label, path, value, fields, onChange }: Props) {
  const { t, locale } = useT();
  const dateFields = refOptions(fields, ['date'], locale);
  const current = value === 'event' ? 'event' : encodeRef(value);
  return (
    <FormRow label={label} path={path}>
      {(c) => (
        <select
          {...c}
          value={current}
          onChange={(e) =>
            onChange(e.target.value === 'event' ? 'event' : decodeRef(e.target.value))
          }
        >
          <option value="event">{t('editor.dateOfMove')}</option>
          {value !== 'event' && !dateFields.some((f) => f.value === current) && (
            <option value={current}>{t('editor.unknownKey.field', { key: current })}</option>
          )}
          {dateFields.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      )}
    </FormRow>
  );
}
