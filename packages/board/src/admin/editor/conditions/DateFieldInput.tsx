import type { DateSource, FieldDef } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { FormRow } from '../form/FormRow.tsx';
import { useT } from '../../../i18n/useT.ts';
import { decodeRef, encodeRef, refOptions } from './ref-options.ts';

interface Props {
  path: DefPath;
  value: DateSource;
  fields: FieldDef[];
  onChange: (value: DateSource) => void;
}

/** The date a date condition measures from: a date field, or a record's date (the unit's purchase). */
export function DateFieldInput({ path, value, fields, onChange }: Props) {
  const { t, locale } = useT();
  const options = refOptions(fields, ['date'], locale);
  const current = typeof value === 'string' ? value : encodeRef(value);
  return (
    <FormRow label={t('editor.dateField')} path={path}>
      {(c) => (
        <select
          {...c}
          value={current}
          onChange={(e) => {
            const ref = decodeRef(e.target.value);
            onChange(ref.path === undefined ? ref.field : ref);
          }}
        >
          {!options.some((o) => o.value === current) && (
            <option value={current}>
              {current === ''
                ? t('editor.chooseField')
                : t('editor.unknownField', { key: current })}
            </option>
          )}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormRow>
  );
}
