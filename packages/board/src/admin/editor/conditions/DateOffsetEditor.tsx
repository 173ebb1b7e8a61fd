import type { CompareOp, Condition } from '@stageflow/engine';
import { COMPARE_OPS } from '@stageflow/engine';
import { FormRow } from '../form/FormRow.tsx';
import type { ConditionProps } from './condition-props.ts';
import { opLabel } from './condition-model.ts';
import { AmountInput } from './AmountInput.tsx';
import { DateFieldInput } from './DateFieldInput.tsx';
import { DateRefInput } from './DateRefInput.tsx';
import { DateUnitSelect } from './DateUnitSelect.tsx';
import { useT } from '../../../i18n/useT.ts';

type Offset = Extract<Condition, { plus: unknown }>;

/** "<date field> + <N> <unit> <is on or after…> <the move's date | another date field>". */
export function DateOffsetEditor({ value, onChange, path, env }: ConditionProps<Offset>) {
  const { t } = useT();
  return (
    <div className="admin-cond__body">
      <div className="admin-grid admin-grid--2">
        <DateFieldInput
          path={[...path, 'date']}
          value={value.date}
          fields={env.fields}
          onChange={(date) => onChange({ ...value, date })}
        />
        <AmountInput
          label={t('editor.plus')}
          path={[...path, 'plus']}
          value={value.plus}
          fields={env.fields}
          onChange={(plus) => onChange({ ...value, plus })}
        />
      </div>
      <div className="admin-grid admin-grid--3">
        <DateUnitSelect
          path={[...path, 'unit']}
          value={value.unit}
          onChange={(unit) => onChange({ ...value, unit })}
        />
        <FormRow label={t('editor.comparison')} path={[...path, 'op']}>
          {(c) => (
            <select
              {...c}
              value={value.op}
              onChange={(e) => onChange({ ...value, op: e.target.value as CompareOp })}
            >
              {COMPARE_OPS.map((op) => (
                <option key={op} value={op}>
                  {opLabel(op, 'date')}
                </option>
              ))}
            </select>
          )}
        </FormRow>
        <DateRefInput
          label={t('editor.comparedWith')}
          path={[...path, 'than']}
          value={value.than}
          fields={env.fields}
          onChange={(than) => onChange({ ...value, than })}
        />
      </div>
    </div>
  );
}
