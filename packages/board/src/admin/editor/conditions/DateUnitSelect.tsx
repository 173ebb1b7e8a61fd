import type { DateUnit } from '@stageflow/engine';
import { DATE_UNITS } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { FormRow } from '../form/FormRow.tsx';

export function DateUnitSelect({
  path,
  value,
  onChange,
}: {
  path: DefPath;
  value: DateUnit;
  onChange: (u: DateUnit) => void;
}) {
  return (
    <FormRow label="Unit" path={path}>
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
