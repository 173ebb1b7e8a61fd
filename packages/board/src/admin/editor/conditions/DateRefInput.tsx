import type { DateRef, FieldDef } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { FormRow } from '../form/FormRow.tsx';
import { useT } from '../../../i18n/useT.ts';

interface Props {
  label: string;
  path: DefPath;
  value: DateRef;
  fields: FieldDef[];
  onChange: (value: DateRef) => void;
}

/** The date of the move itself, or a date field of the card. */
export function DateRefInput({ label, path, value, fields, onChange }: Props) {
  const { t } = useT();
  const dateFields = fields.filter((f) => f.type === 'date');
  const current = value === 'event' ? 'event' : value.field;
  return (
    <FormRow label={label} path={path}>
      {(c) => (
        <select
          {...c}
          value={current}
          onChange={(e) =>
            onChange(e.target.value === 'event' ? 'event' : { field: e.target.value })
          }
        >
          <option value="event">{t('editor.dateOfMove')}</option>
          {value !== 'event' && !dateFields.some((f) => f.key === current) && (
            <option value={current}>{current} (unknown field)</option>
          )}
          {dateFields.map((f) => (
            <option key={f.key} value={f.key}>
              {f.label}
            </option>
          ))}
        </select>
      )}
    </FormRow>
  );
}
