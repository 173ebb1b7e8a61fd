// Test support: field values that make a condition hold, so a walk can take every transition.
import type {
  Condition,
  FieldDef,
  FieldRef,
  Fields,
  FieldValue,
  WorkflowDefinition,
} from '../definition.schema.ts';
import { addToDate } from '../dates.ts';
import type { Refs } from '../references.ts';

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
    case 'customer':
    case 'equipment':
      return sampleRefId(field.key);
    default:
      return `Sample ${field.label}`;
  }
}

/** The id a sample card's reference field points at. */
export const sampleRefId = (key: string) => `ref-${key}`;

/** Values for a card's fields and for the records its reference fields point at. */
export interface Sample {
  fields: Fields;
  refs: Refs;
}

function put(out: Sample, ref: FieldRef | string, value: FieldValue): void {
  const { field, path } = typeof ref === 'string' ? { field: ref, path: undefined } : ref;
  if (path === undefined) {
    out.fields[field] = value;
    return;
  }
  const id = sampleRefId(field);
  out.fields[field] = id;
  out.refs[field] = { ...out.refs[field], id, [path]: value };
}

function merge(parts: Sample[]): Sample {
  const out: Sample = { fields: {}, refs: {} };
  for (const part of parts) {
    Object.assign(out.fields, part.fields);
    for (const [key, record] of Object.entries(part.refs)) {
      out.refs[key] = { ...out.refs[key], ...record };
    }
  }
  return out;
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
): Sample {
  const field = (key: string) => definition.fields.find((f) => f.key === key);
  const out: Sample = { fields: {}, refs: {} };
  if ('all' in condition || 'any' in condition) {
    const children = 'all' in condition ? condition.all : condition.any;
    const conjunctive = 'all' in condition === wanted;
    const parts = conjunctive ? children : children.slice(0, 1);
    return merge(parts.map((c) => satisfy(definition, c, wanted)));
  }
  if ('not' in condition) return satisfy(definition, condition.not, !wanted);
  // Linked cards and parts are the server's to resolve; the engine alone lets such a guard hold.
  if ('role' in condition || 'parts' in condition || 'linked' in condition) return out;
  if ('within' in condition || 'plus' in condition) {
    const amount = 'within' in condition ? condition.within : condition.plus;
    if (typeof amount !== 'number') put(out, amount, 12);
    const ref = 'within' in condition ? condition.of : condition.than;
    if (ref !== 'event') put(out, ref, TEST_DAY);
    put(out, condition.date, wanted ? TEST_DAY : addToDate(TEST_DAY, -10, 'years'));
    return out;
  }
  // A record's attribute is no select field, so only a plain field has options to pick from.
  const f = condition.path === undefined ? field(condition.field) : undefined;
  const set = (value: FieldValue) => {
    put(out, condition, value);
    return out;
  };
  switch (condition.op) {
    case 'present':
    case 'empty':
      return set((condition.op === 'present') === wanted ? (f ? sampleValue(f) : 'x') : null);
    case 'in':
      return set(wanted ? (condition.value[0] ?? null) : other(f, condition.value[0] ?? null));
    case 'eq':
    case 'ne':
      return set((condition.op === 'eq') === wanted ? condition.value : other(f, condition.value));
    default: {
      const v = condition.value;
      const up = (condition.op === 'gt' || condition.op === 'gte') === wanted;
      if (typeof v === 'number') return set(up ? v + 1 : v - 1);
      if (typeof v === 'string' && (f?.type === 'date' || /^\d{4}-\d{2}-\d{2}$/.test(v)))
        return set(addToDate(v, up ? 1 : -1, 'days'));
      return set(v);
    }
  }
}
