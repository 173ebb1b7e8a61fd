import type { FieldDef } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { FormRow } from '../form/FormRow.tsx';
import { FieldSelect } from './FieldSelect.tsx';
import { useT } from '../../../i18n/useT.ts';

interface Props {
  path: DefPath;
  value: string;
  fields: FieldDef[];
  onChange: (key: string) => void;
}

/** The date field a date condition measures from; only date fields are offered. */
export function DateFieldInput({ path, value, fields, onChange }: Props) {
  const { t } = useT();
  const dateFields = fields.filter((f) => f.type === 'date');
  return (
    <FormRow label={t('editor.dateField')} path={path}>
      {(c) => <FieldSelect control={c} value={value} fields={dateFields} onChange={onChange} />}
    </FormRow>
  );
}
