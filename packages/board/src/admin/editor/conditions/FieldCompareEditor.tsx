import { FIELD_TYPES, attributeLabel, refAttribute, type FieldDef } from '@stageflow/engine';
import { FormRow } from '../form/FormRow.tsx';
import { decodeRef, encodeRef, refOptions } from './ref-options.ts';
import type { ConditionProps } from './condition-props.ts';
import type { FieldCondition, FieldOp } from './condition-model.ts';
import { opLabel, opsFor, withField, withOp } from './condition-model.ts';
import { InValuesInput } from './InValuesInput.tsx';
import { ValueInput } from './ValueInput.tsx';
import { useT } from '../../../i18n/useT.ts';

/**
 * What a comparison reads, as a field: the card's field, or with `path` the attribute of the record
 * a reference field points at ("Unit › Purchase date" compares as a date).
 */
function readField(
  fields: FieldDef[],
  key: string,
  path: string | undefined,
  locale: Parameters<typeof attributeLabel>[2],
): FieldDef | undefined {
  const field = fields.find((f) => f.key === key);
  if (!field || path === undefined) return field;
  const attribute = refAttribute(field, path);
  return (
    attribute && { key: path, label: attributeLabel(field, path, locale), type: attribute.type }
  );
}

/** "<field> <is / is more than / is one of / is filled…> <value>": operators follow the field's type. */
export function FieldCompareEditor({ value, onChange, path, env }: ConditionProps<FieldCondition>) {
  const { t, locale } = useT();
  const field = readField(env.fields, value.field, value.path, locale);
  // A card's own fields, then what its customer and unit records hold (a `path` condition).
  const options = refOptions(env.fields, [...FIELD_TYPES], locale);
  const current = encodeRef(value);
  const ops = opsFor(field?.type);
  const single = 'value' in value && !Array.isArray(value.value) ? value.value : undefined;
  return (
    <div className="admin-grid admin-grid--3">
      <FormRow label={t('editor.field')} path={[...path, 'field']}>
        {(c) => (
          <select
            {...c}
            value={current}
            onChange={(e) => {
              const ref = decodeRef(e.target.value);
              const next = withField(
                value,
                readField(env.fields, ref.field, ref.path, locale),
                env.today,
              );
              onChange({
                ...next,
                field: ref.field,
                ...(ref.path === undefined ? {} : { path: ref.path }),
              } as FieldCondition);
            }}
          >
            {!options.some((o) => o.value === current) && (
              <option value={current}>
                {current ? t('editor.unknownField', { key: current }) : t('editor.chooseField')}
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
