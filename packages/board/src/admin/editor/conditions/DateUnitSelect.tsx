import type { DateUnit } from '@stageflow/engine';
import { DATE_UNITS } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { FormRow } from '../form/FormRow.tsx';
import { useT } from '../../../i18n/useT.ts';

export function DateUnitSelect({
  path,
  value,
  onChange,
}: {
  path: DefPath;
  value: DateUnit;
  onChange: (u: DateUnit) => void;
}) {
  const { t } = useT();
  return (
    <FormRow label={t('editor.unit')} path={path}>
      {(c) => (
        <select {...c} value={value} onChange={(e) => onChange(e.target.value as DateUnit)}>
          {DATE_UNITS.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      )}
    </FormRow>
  );
}
