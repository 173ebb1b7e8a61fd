import type { Condition } from '@stageflow/engine';
import type { ConditionProps } from './condition-props.ts';
import { AmountInput } from './AmountInput.tsx';
import { DateFieldInput } from './DateFieldInput.tsx';
import { DateRefInput } from './DateRefInput.tsx';
import { DateUnitSelect } from './DateUnitSelect.tsx';
import { useT } from '../../../i18n/useT.ts';

type Within = Extract<Condition, { within: unknown }>;

/** "<date field> lies within <N> <unit> of <the move's date | another date field>". */
export function DateWithinEditor({ value, onChange, path, env }: ConditionProps<Within>) {
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
          label={t('editor.within')}
          path={[...path, 'within']}
          value={value.within}
          fields={env.fields}
          onChange={(within) => onChange({ ...value, within })}
        />
      </div>
      <div className="admin-grid admin-grid--2">
        <DateUnitSelect
          path={[...path, 'unit']}
          value={value.unit}
          onChange={(unit) => onChange({ ...value, unit })}
        />
        <DateRefInput
          label={t('editor.of')}
          path={[...path, 'of']}
          value={value.of}
          fields={env.fields}
          onChange={(of) => onChange({ ...value, of })}
        />
      </div>
    </div>
  );
}
