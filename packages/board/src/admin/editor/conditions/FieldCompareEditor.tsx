import { FormRow } from '../form/FormRow.tsx';
import type { ConditionProps } from './condition-props.ts';
import type { FieldCondition, FieldOp } from './condition-model.ts';
import { opLabel, opsFor, withField, withOp } from './condition-model.ts';
import { FieldSelect } from './FieldSelect.tsx';
import { InValuesInput } from './InValuesInput.tsx';
import { ValueInput } from './ValueInput.tsx';
import { useT } from '../../../i18n/useT.ts';

/** "<field> <is / is more than / is one of / is filled…> <value>": operators follow the field's type. */
export function FieldCompareEditor({ value, onChange, path, env }: ConditionProps<FieldCondition>) {
  const { t } = useT();
  const field = env.fields.find((f) => f.key === value.field);
  const ops = opsFor(field?.type);
  const single = 'value' in value && !Array.isArray(value.value) ? value.value : undefined;
  return (
    <div className="admin-grid admin-grid--3">
      <FormRow label={t('editor.field')} path={[...path, 'field']}>
        {(c) => (
          <FieldSelect
            control={c}
            value={value.field}
            fields={env.fields}
            onChange={(key) =>
              onChange(
                withField(
                  value,
                  env.fields.find((f) => f.key === key),
                  env.today,
                ),
              )
            }
          />
        )}
      </FormRow>
      <FormRow label={t('editor.comparison')} path={[...path, 'op']}>
        {(c) => (
          <select
            {...c}
            value={value.op}
            onChange={(e) => onChange(withOp(value, e.target.value as FieldOp, field, env.today))}
          >
            {!ops.includes(value.op) && (
              <option value={value.op}>{opLabel(value.op, field?.type)}</option>
            )}
            {ops.map((op) => (
              <option key={op} value={op}>
                {opLabel(op, field?.type)}
              </option>
            ))}
          </select>
        )}
      </FormRow>
      {value.op === 'in' && Array.isArray(value.value) ? (
        <InValuesInput
          field={field}
          path={[...path, 'value']}
          values={value.value}
          onChange={(values) => onChange({ ...value, op: 'in', value: values })}
        />
      ) : single !== undefined ? (
        <FormRow label={t('editor.value')} path={[...path, 'value']}>
          {(c) => (
            <ValueInput
              control={c}
              field={field}
              value={single}
              onChange={(v) => onChange({ ...value, value: v } as FieldCondition)}
            />
          )}
        </FormRow>
      ) : null}
    </div>
  );
}
