// Test support: field values that make a condition hold, so a walk can take every transition.
import type {
  Condition,
  FieldDef,
  Fields,
  FieldValue,
  WorkflowDefinition,
} from '../definition.schema.ts';
import { addToDate } from '../dates.ts';

export const TEST_NOW = '2025-03-01T10:00:00.000Z';
export const TEST_DAY = TEST_NOW.slice(0, 10);

/** A plausible filled value for a field. */
export function sampleValue(field: FieldDef): FieldValue {
  switch (field.type) {
    case 'number':
      return 24;
    case 'money':
      return 1250;
    case 'date':
      return TEST_DAY;
    case 'boolean':
      return true;
    case 'select':
      return field.options?.[0]?.value ?? null;
    default:
      return `Sample ${field.label}`;
  }
}

/** Every required field filled with a sample value: a card that can be created. */
export function sampleCard(definition: WorkflowDefinition): Fields {
  return Object.fromEntries(
    definition.fields.filter((f) => f.required).map((f) => [f.key, sampleValue(f)]),
  );
}

function other(field: FieldDef | undefined, value: FieldValue): FieldValue {
  if (field?.type === 'select') return field.options?.find((o) => o.value !== value)?.value ?? null;
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return value + 1;
  return null;
}

/** Values that make `condition` hold (`wanted`) or fail; best effort for the language's leaves. */
export function satisfy(
  definition: WorkflowDefinition,
  condition: Condition,
  wanted = true,
): Fields {
  const field = (key: string) => definition.fields.find((f) => f.key === key);
  if ('all' in condition || 'any' in condition) {
    const children = 'all' in condition ? condition.all : condition.any;
    const conjunctive = 'all' in condition === wanted;
    const parts = conjunctive ? children : children.slice(0, 1);
    return Object.assign({}, ...parts.map((c) => satisfy(definition, c, wanted)));
  }
  if ('not' in condition) return satisfy(definition, condition.not, !wanted);
  if ('role' in condition) return {};
  if ('within' in condition || 'plus' in condition) {
    const out: Fields = {};
    const amount = 'within' in condition ? condition.within : condition.plus;
    if (typeof amount !== 'number') out[amount.field] = 12;
    const ref = 'within' in condition ? condition.of : condition.than;
    if (ref !== 'event') out[ref.field] = TEST_DAY;
    out[condition.date] = wanted ? TEST_DAY : addToDate(TEST_DAY, -10, 'years');
    return out;
  }
  const f = field(condition.field);
  switch (condition.op) {
    case 'present':
    case 'empty':
      return {
        [condition.field]:
          (condition.op === 'present') === wanted ? (f ? sampleValue(f) : 'x') : null,
      };
    case 'in':
      return {
        [condition.field]: wanted
          ? (condition.value[0] ?? null)
          : other(f, condition.value[0] ?? null),
      };
    case 'eq':
    case 'ne':
      return {
        [condition.field]:
          (condition.op === 'eq') === wanted ? condition.value : other(f, condition.value),
      };
    default: {
      const v = condition.value;
      const up = (condition.op === 'gt' || condition.op === 'gte') === wanted;
      if (typeof v === 'number') return { [condition.field]: up ? v + 1 : v - 1 };
      if (typeof v === 'string' && f?.type === 'date')
        return { [condition.field]: addToDate(v, up ? 1 : -1, 'days') };
      return { [condition.field]: v };
    }
  }
}
