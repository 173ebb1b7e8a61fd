// Evaluates the condition language and explains every failure in a sentence a manager understands.
// `not` is pushed down to the leaves (De Morgan), so a failure is always phrased positively.
import type {
  Amount,
  CompareOp,
  Condition,
  DateRef,
  DateSource,
  DateUnit,
  FieldDef,
  FieldRef,
  Fields,
  FieldValue,
  Role,
  WorkflowDefinition,
} from './definition.schema.ts';
import { addToDate, isIsoDate } from './dates.ts';
import type { Locale } from './i18n/locale.ts';
import { findField, formatValue, isEmptyValue } from './fields.ts';
import { recordName, refAttribute, type Refs } from './references.ts';

export interface ConditionScope {
  fields: Fields;
  /** The day of the event, `YYYY-MM-DD`. */
  eventDate: string;
  role: Role;
  /** The language of the reasons (default 'en'). */
  locale?: Locale;
  /** Records the card's reference fields point at, keyed by field (absent: not resolved). */
  refs?: Refs;
}

/** The value a condition reads: a card field, or an attribute of a referenced record. */
export function readRef(scope: Pick<ConditionScope, 'fields' | 'refs'>, ref: FieldRef) {
  if (ref.path === undefined) return scope.fields[ref.field];
  // A record resolved for another value than the field holds now is not this field's record.
  const record = scope.refs?.[ref.field];
  if (!record || record.id !== scope.fields[ref.field]) return undefined;
  return Object.hasOwn(record, ref.path) ? record[ref.path] : undefined;
}

const dateSource = (d: DateSource): FieldRef => (typeof d === 'string' ? { field: d } : d);

export interface ConditionResult {
  ok: boolean;
  /** Why it does not hold (empty when ok). */
  reasons: string[];
}

export function evaluateCondition(
  definition: WorkflowDefinition,
  condition: Condition,
  scope: ConditionScope,
): ConditionResult {
  const reasons = [...new Set(failures(definition, condition, scope, true))];
  return { ok: reasons.length === 0, reasons };
}

const NEGATED: Record<CompareOp, CompareOp> = {
  eq: 'ne',
  ne: 'eq',
  gt: 'lte',
  gte: 'lt',
  lt: 'gte',
  lte: 'gt',
};

/** The reasons `condition` fails to be `wanted` (true: must hold; false: must not hold). */
function failures(
  def: WorkflowDefinition,
  condition: Condition,
  scope: ConditionScope,
  wanted: boolean,
): string[] {
  if ('all' in condition || 'any' in condition) {
    const children = 'all' in condition ? condition.all : condition.any;
    // all must hold ⇔ every child holds; any must not hold ⇔ every child fails.
    const conjunctive = 'all' in condition === wanted;
    const results = children.map((child) => failures(def, child, scope, wanted));
    if (conjunctive) return results.flat();
    if (results.some((r) => r.length === 0)) return [];
    return [results.map((r) => r.join(' ')).join(' Or: ')];
  }
  if ('not' in condition) return failures(def, condition.not, scope, !wanted);
  if (leafHolds(condition, scope) === wanted) return [];
  return [condition.message ?? explain(def, condition, scope, wanted)];
}

type Leaf = Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>;

function leafHolds(c: Leaf, scope: ConditionScope): boolean {
  if ('role' in c) return c.role.includes(scope.role);
  if ('within' in c) {
    const date = readRef(scope, dateSource(c.date));
    const ref = resolveDate(c.of, scope);
    const amount = resolveAmount(c.within, scope);
    if (!isIsoDate(date) || ref === null || amount === null) return false;
    return addToDate(date, amount, c.unit) >= ref && addToDate(date, -amount, c.unit) <= ref;
  }
  if ('plus' in c) {
    const date = readRef(scope, dateSource(c.date));
    const than = resolveDate(c.than, scope);
    const amount = resolveAmount(c.plus, scope);
    if (!isIsoDate(date) || than === null || amount === null) return false;
    return compare(addToDate(date, amount, c.unit), c.op, than);
  }
  const actual = readRef(scope, c);
  switch (c.op) {
    case 'present':
      return !isEmptyValue(actual);
    case 'empty':
      return isEmptyValue(actual);
    case 'in':
      return c.value.some((v) => v === (actual ?? null));
    default:
      if (c.op === 'ne') return (actual ?? null) !== c.value;
      if (isEmptyValue(actual)) return false;
      return compare(actual as FieldValue, c.op, c.value);
  }
}

function compare(a: FieldValue, op: CompareOp, b: FieldValue): boolean {
  if (op === 'eq') return a === b;
  if (op === 'ne') return a !== b;
  if (a === null || b === null || typeof a !== typeof b) return false;
  switch (op) {
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
  }
}

function resolveDate(ref: DateRef, scope: ConditionScope): string | null {
  if (ref === 'event') return scope.eventDate;
  const value = readRef(scope, ref);
  return isIsoDate(value) ? value : null;
}

function resolveAmount(amount: Amount, scope: ConditionScope): number | null {
  if (typeof amount === 'number') return amount;
  const value = readRef(scope, amount);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

// ---- Sentences ----

const ROLE_NAMES: Record<Role, string> = {
  admin: 'admins',
  manager: 'managers',
  viewer: 'viewers',
};

/** The field (or referenced attribute, as a field) a reference reads, for formatting its value. */
function refField(def: WorkflowDefinition, ref: FieldRef): FieldDef | undefined {
  const field = findField(def, ref.field);
  if (!field || ref.path === undefined) return field;
  const attribute = refAttribute(field, ref.path);
  return attribute && { key: ref.path, label: attribute.label, type: attribute.type };
}

/** How a sentence names what a reference reads: "Claim date", "Unit SN-1234's purchase date". */
function label(def: WorkflowDefinition, ref: FieldRef, scope?: ConditionScope): string {
  const field = findField(def, ref.field);
  if (!field) return ref.field;
  if (ref.path === undefined) return field.label;
  const attribute = refAttribute(field, ref.path)?.label ?? ref.path;
  return `${recordName(field, scope?.refs?.[ref.field])}'s ${attribute.toLowerCase()}`;
}

/** The same name inside a sentence: "the claim date", "Unit SN-1234's purchase date". */
function inSentence(def: WorkflowDefinition, ref: FieldRef, scope: ConditionScope): string {
  return ref.path === undefined ? `the ${label(def, ref).toLowerCase()}` : label(def, ref, scope);
}

function shown(def: WorkflowDefinition, ref: FieldRef, value: FieldValue | undefined): string {
  return formatValue(refField(def, ref), value);
}

function list(items: string[], joiner = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]}`;
}

function dateRefText(def: WorkflowDefinition, ref: DateRef, scope: ConditionScope): string {
  if (ref === 'event') return `today (${scope.eventDate})`;
  const value = readRef(scope, ref);
  return `${inSentence(def, ref, scope)} ${isIsoDate(value) ? value : '(empty)'}`;
}

function amountText(amount: Amount, unit: DateUnit, scope: ConditionScope): string {
  const n = resolveAmount(amount, scope);
  return `${n} ${n === 1 ? unit.slice(0, -1) : unit}`;
}

/** Every field a condition reads (a reference's own field for a record's attribute). */
export function conditionFields(c: Condition): string[] {
  return conditionRefs(c).map((ref) => ref.field);
}

/** Every value a condition reads, with its path into a referenced record where it has one. */
export function conditionRefs(c: Condition): FieldRef[] {
  if ('all' in c) return c.all.flatMap(conditionRefs);
  if ('any' in c) return c.any.flatMap(conditionRefs);
  if ('not' in c) return conditionRefs(c.not);
  if ('role' in c) return [];
  if ('field' in c) return [{ field: c.field, ...(c.path === undefined ? {} : { path: c.path }) }];
  const amount = 'within' in c ? c.within : c.plus;
  const ref = 'within' in c ? c.of : c.than;
  return [
    dateSource(c.date),
    ...(typeof amount === 'number' ? [] : [amount]),
    ...(ref === 'event' ? [] : [ref]),
  ];
}

const OP_TEXT: Record<CompareOp, string> = {
  eq: 'exactly',
  ne: 'other than',
  gt: 'more than',
  gte: 'at least',
  lt: 'less than',
  lte: 'at most',
};
const DATE_OP_TEXT: Record<CompareOp, string> = {
  eq: 'on',
  ne: 'on a day other than',
  gt: 'after',
  gte: 'on or after',
  lt: 'before',
  lte: 'on or before',
};

function explain(def: WorkflowDefinition, c: Leaf, scope: ConditionScope, wanted: boolean): string {
  if ('role' in c) {
    const roles = list(c.role.map((r) => ROLE_NAMES[r]));
    return wanted
      ? `Only ${roles} may do this; you are signed in as ${scope.role}.`
      : `This is not open to ${roles}.`;
  }
  if ('within' in c || 'plus' in c) return explainDate(def, c, scope, wanted);

  const name = label(def, c, scope);
  const actual = readRef(scope, c);
  const actualText = shown(def, c, actual);
  if (c.op === 'present' || c.op === 'empty') {
    const mustBeEmpty = (c.op === 'empty') === wanted;
    return mustBeEmpty
      ? `${name} must be empty (it is ${actualText}).`
      : `${name} must be filled in.`;
  }
  if (c.op === 'in') {
    const options = list(c.value.map((v) => shown(def, c, v)));
    return wanted
      ? `${name} is ${actualText}, but it must be ${options}.`
      : `${name} must not be ${options} (it is ${actualText}).`;
  }
  const op = wanted ? c.op : NEGATED[c.op as CompareOp];
  const expected = shown(def, c, (c as { value: FieldValue }).value);
  if (op === 'ne') return `${name} must not be ${expected}.`;
  if (isEmptyValue(actual))
    return `${name} is empty; it must be ${op === 'eq' ? '' : OP_TEXT[op] + ' '}${expected}.`;
  if (op === 'eq') return `${name} is ${actualText}, but it must be ${expected}.`;
  const isDate = refField(def, c)?.type === 'date';
  return `${name} is ${actualText}; it must be ${(isDate ? DATE_OP_TEXT : OP_TEXT)[op]} ${expected}.`;
}

/** What must be filled in: the reference field itself while it is empty, else what it reads. */
function filledIn(def: WorkflowDefinition, ref: FieldRef, scope: ConditionScope): string {
  const pointsNowhere = ref.path !== undefined && isEmptyValue(scope.fields[ref.field]);
  return pointsNowhere ? label(def, { field: ref.field }) : label(def, ref, scope);
}

function explainDate(
  def: WorkflowDefinition,
  c: Extract<Leaf, { date: unknown }>,
  scope: ConditionScope,
  wanted: boolean,
): string {
  const source = dateSource(c.date);
  const name = label(def, source, scope);
  const date = readRef(scope, source);
  if (!isIsoDate(date)) return `${filledIn(def, source, scope)} must be filled in to check this.`;
  const amountSource = 'within' in c ? c.within : c.plus;
  if (resolveAmount(amountSource, scope) === null && typeof amountSource !== 'number') {
    return `${filledIn(def, amountSource, scope)} must be filled in to check this.`;
  }
  const ref = 'within' in c ? c.of : c.than;
  if (resolveDate(ref, scope) === null && ref !== 'event') {
    return `${filledIn(def, ref, scope)} must be filled in to check this.`;
  }
  const refText = dateRefText(def, ref, scope);
  const amount = amountText(amountSource, c.unit, scope);
  if ('within' in c) {
    return wanted
      ? `${name} ${date} is more than ${amount} from ${refText}.`
      : `${name} ${date} is within ${amount} of ${refText}.`;
  }
  const op = wanted ? c.op : NEGATED[c.op];
  if (resolveAmount(amountSource, scope) === 0)
    return `${name} ${date} must be ${DATE_OP_TEXT[op]} ${refText}.`;
  // date + amount must be on/after `than`: it fails when date lies too far before it.
  if (op === 'gte') return `${name} ${date} is more than ${amount} before ${refText}.`;
  if (op === 'gt') return `${name} ${date} is ${amount} or more before ${refText}.`;
  if (op === 'lte') return `${name} ${date} is less than ${amount} before ${refText}.`;
  if (op === 'lt') return `${name} ${date} is not more than ${amount} before ${refText}.`;
  const computed = addToDate(date, resolveAmount(amountSource, scope) ?? 0, c.unit);
  return op === 'eq'
    ? `${name} ${date} plus ${amount} is ${computed}, not ${refText}.`
    : `${name} ${date} plus ${amount} must not fall on ${refText}.`;
}
