import type { FieldDef } from '@stageflow/engine';
import type { ControlProps } from '../form/FormRow.tsx';
import { fieldLabelOf } from './condition-props.ts';
import { useT } from '../../../i18n/useT.ts';

interface Props {
  control: ControlProps;
  value: string;
  fields: FieldDef[];
  onChange: (key: string) => void;
}

/** A field of the workflow, by label; an unknown key stays visible so the problem can be seen. */
export function FieldSelect({ control, value, fields, onChange }: Props) {
  const { t } = useT();
  const known = fields.some((f) => f.key === value);
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
      {!known && (
        <option value={value}>
          {value ? t('editor.unknownField', { key: value }) : t('editor.chooseField')}
        </option>
      )}
      {fields.map((f) => (
        <option key={f.key} value={f.key}>
          {fieldLabelOf(f)}
        </option>
      ))}
    </select>
  );
}
