import type { FieldDef, FieldValue } from '@stageflow/engine';
import type { ControlProps } from '../form/FormRow.tsx';
import { parseNumber } from '../form/optional.ts';
import { useT } from '../../../i18n/useT.ts';

interface Props {
  control: ControlProps;
  field: FieldDef | undefined;
  value: FieldValue;
  onChange: (value: FieldValue) => void;
}

/** One literal value typed to suit the field: a number, a date, yes/no, an option or text. */
export function ValueInput({ control, field, value, onChange }: Props) {
  const { t } = useT();
  switch (field?.type) {
    case 'number':
    case 'money':
      return (
        <input
          {...control}
          type="number"
          step="any"
          value={typeof value === 'number' ? value : ''}
          onChange={(e) => onChange(parseNumber(e.target.value) ?? null)}
        />
      );
    case 'date':
      return (
        <input
          {...control}
          type="date"
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value || null)}
        />
      );
    case 'boolean':
      return (
        <select
          {...control}
          value={String(value)}
          onChange={(e) => onChange(e.target.value === 'true')}
        >
          <option value="true">{t('editor.yes')}</option>
          <option value="false">No</option>
        </select>
      );
    case 'select':
      return (
        <select {...control} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)}>
          {!field.options?.some((o) => o.value === value) && (
            <option value={String(value ?? '')}>{t('fields.choose')}</option>
          )}
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    default:
      return (
        <input
          {...control}
          value={value === null ? '' : String(value)}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}
