// The guard builder's vocabulary: which kinds of condition exist, which comparisons suit which
// field type, and sensible defaults when the admin switches kind, field or operator.
import type { CompareOp, Condition, FieldDef, FieldType, FieldValue } from '@stageflow/engine';
import { boardT } from '../../../i18n/i18n.ts';
import type { BoardKey } from '../../../i18n/useT.ts';

export const CONDITION_KINDS = [
  'field',
  'within',
  'dateOffset',
  'role',
  'parts',
  'linked',
  'all',
  'any',
  'not',
] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

/** Catalogue keys of each kind's name (`t(KIND_LABELS[kind])`). */
export const KIND_LABELS: Record<ConditionKind, BoardKey> = {
  field: 'editor.kind.field',
  within: 'editor.kind.within',
  dateOffset: 'editor.kind.dateOffset',
  role: 'editor.kind.role',
  parts: 'editor.kind.parts',
  linked: 'editor.kind.linked',
  all: 'editor.kind.all',
  any: 'editor.kind.any',
  not: 'editor.kind.not',
};

export type FieldOp = CompareOp | 'in' | 'present' | 'empty';
export type FieldCondition = Extract<Condition, { field: string }>;

const ORDERED: FieldOp[] = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'present', 'empty'];
const CHOICE: FieldOp[] = ['eq', 'ne', 'in', 'present', 'empty'];

export function opsFor(type: FieldType | undefined): FieldOp[] {
  switch (type) {
    case 'number':
    case 'money':
    case 'date':
      return ORDERED;
    case 'boolean':
      return ['eq', 'ne', 'present', 'empty'];
    default:
      return CHOICE;
  }
}

export function opLabel(op: FieldOp, type?: FieldType): string {
  const ordered = op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte';
  return boardT()(`editor.op.${ordered && type === 'date' ? `${op}Date` : op}` as BoardKey);
}

export function kindOf(c: Condition): ConditionKind {
  if ('all' in c) return 'all';
  if ('any' in c) return 'any';
  if ('not' in c) return 'not';
  if ('role' in c) return 'role';
  if ('parts' in c) return 'parts';
  if ('linked' in c) return 'linked';
  if ('within' in c) return 'within';
  if ('plus' in c) return 'dateOffset';
  return 'field';
}

export function defaultValue(field: FieldDef | undefined, today: string): FieldValue {
  switch (field?.type) {
    case 'number':
    case 'money':
      return 0;
    case 'boolean':
      return true;
    case 'date':
      return today;
    case 'select':
      return field.options?.[0]?.value ?? '';
    default:
      return '';
  }
}

export function defaultCondition(
  kind: ConditionKind,
  fields: FieldDef[],
  today: string,
  /** The workflow a new linked condition reads first (another published workflow). */
  linkedWorkflow = '',
): Condition {
  const dateField = fields.find((f) => f.type === 'date')?.key ?? '';
  switch (kind) {
    case 'all':
      return { all: [defaultCondition('field', fields, today)] };
    case 'any':
      return { any: [defaultCondition('field', fields, today)] };
    case 'not':
      return { not: defaultCondition('field', fields, today) };
    case 'role':
      return { role: ['manager'] };
    case 'parts':
      return { parts: 'inStock' };
    case 'linked':
      return { linked: linkedWorkflow, category: ['done'] };
    case 'within':
      return { date: dateField, within: 30, unit: 'days', of: 'event' };
    case 'dateOffset':
      return { date: dateField, plus: 12, unit: 'months', op: 'gte', than: 'event' };
    case 'field': {
      const field = fields[0];
      if (!field) return { field: '', op: 'present' };
      return { field: field.key, op: 'eq', value: defaultValue(field, today) };
    }
  }
}

/** Switch a comparison to another field, keeping the operator when the new type allows it. */
export function withField(
  c: FieldCondition,
  field: FieldDef | undefined,
  today: string,
): FieldCondition {
  const key = field?.key ?? '';
  const op: FieldOp = opsFor(field?.type).includes(c.op) ? c.op : 'eq';
  return withOp({ field: key, op: 'present' }, op, field, today, c.message);
}

/** Switch the operator; the value's shape follows (none, one value, a list of values). */
export function withOp(
  c: FieldCondition,
  op: FieldOp,
  field: FieldDef | undefined,
  today: string,
  message = c.message,
): FieldCondition {
  const extra = message === undefined ? {} : { message };
  // A comparison of a record's attribute (`path`) keeps reading that attribute.
  const read = c.path === undefined ? { field: c.field } : { field: c.field, path: c.path };
  const current = 'value' in c ? c.value : undefined;
  if (op === 'present' || op === 'empty') return { ...read, op, ...extra };
  if (op === 'in') {
    const list = Array.isArray(current) ? current : [current ?? defaultValue(field, today)];
    return { ...read, op, value: list, ...extra };
  }
  const single = Array.isArray(current) ? current[0] : current;
  const fits = single !== undefined && valueFits(single, field);
  return { ...read, op, value: fits ? single : defaultValue(field, today), ...extra };
}

function valueFits(value: FieldValue, field: FieldDef | undefined): boolean {
  switch (field?.type) {
    case 'number':
    case 'money':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'select':
      return field.options?.some((o) => o.value === value) ?? false;
    default:
      return typeof value === 'string';
  }
}

/**
 * Change a condition's kind, keeping what the admin built where it makes sense: a group keeps its
 * members when switching between "all" and "any", "not" wraps what was there, a group wraps a leaf.
 */
export function convertKind(
  c: Condition,
  kind: ConditionKind,
  fields: FieldDef[],
  today: string,
  linkedWorkflow = '',
): Condition {
  const current = kindOf(c);
  if (current === kind) return c;
  const members = 'all' in c ? c.all : 'any' in c ? c.any : null;
  if (kind === 'all') return { all: members ?? [c] };
  if (kind === 'any') return { any: members ?? [c] };
  if (kind === 'not') return { not: c };
  if (current === 'not' && 'not' in c && kindOf(c.not) === kind) return c.not;
  return defaultCondition(kind, fields, today, linkedWorkflow);
}
