// Evaluates the condition language and explains every failure in a sentence a manager understands.
// `not` is pushed down to the leaves (De Morgan), so a failure is always phrased positively.
import type {
  Amount,
  CompareOp,
  Condition,
  DateRef,
  DateUnit,
  Fields,
  FieldValue,
  Role,
  WorkflowDefinition,
} from './definition.schema.ts';
import { addToDate, isIsoDate } from './dates.ts';
import { DEFAULT_LOCALE, localLabel, type Locale } from './i18n/locale.ts';
import { engineT, listText, type EngineT } from './i18n/translate.ts';
import { fieldLabel, findField, formatValue, isEmptyValue } from './fields.ts';

export interface ConditionScope {
  fields: Fields;
  /** The day of the event, `YYYY-MM-DD`. */
  eventDate: string;
  role: Role;
  /** The language of the reasons (default 'en'). */
  locale?: Locale;
}

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
  const locale = scope.locale ?? DEFAULT_LOCALE;
  const say: Say = { def: definition, scope, locale, t: engineT(locale) };
  const reasons = [...new Set(failures(say, condition, true))];
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
function failures(say: Say, condition: Condition, wanted: boolean): string[] {
  const { scope } = say;
  if ('all' in condition || 'any' in condition) {
    const children = 'all' in condition ? condition.all : condition.any;
    // all must hold ⇔ every child holds; any must not hold ⇔ every child fails.
    const conjunctive = 'all' in condition === wanted;
    const results = children.map((child) => failures(say, child, wanted));
    if (conjunctive) return results.flat();
    if (results.some((r) => r.length === 0)) return [];
    return [results.map((r) => r.join(' ')).join(` ${say.t('conditions.or')} `)];
  }
  if ('not' in condition) return failures(say, condition.not, !wanted);
  if (leafHolds(condition, scope) === wanted) return [];
  if (condition.message) {
    return [localLabel({ label: condition.message, labels: condition.messages }, say.locale)];
  }
  return [explain(say, condition, wanted)];
}

type Leaf = Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>;

function leafHolds(c: Leaf, scope: ConditionScope): boolean {
  if ('role' in c) return c.role.includes(scope.role);
  if ('within' in c) {
    const date = scope.fields[c.date];
    const ref = resolveDate(c.of, scope);
    const amount = resolveAmount(c.within, scope);
    if (!isIsoDate(date) || ref === null || amount === null) return false;
    return addToDate(date, amount, c.unit) >= ref && addToDate(date, -amount, c.unit) <= ref;
  }
  if ('plus' in c) {
    const date = scope.fields[c.date];
    const than = resolveDate(c.than, scope);
    const amount = resolveAmount(c.plus, scope);
    if (!isIsoDate(date) || than === null || amount === null) return false;
    return compare(addToDate(date, amount, c.unit), c.op, than);
  }
  const actual = scope.fields[c.field];
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
  const value = scope.fields[ref.field];
  return isIsoDate(value) ? value : null;
}

function resolveAmount(amount: Amount, scope: ConditionScope): number | null {
  if (typeof amount === 'number') return amount;
  const value = scope.fields[amount.field];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

// ---- Sentences (engine catalogue: conditions.*) ----

type Ordering = Exclude<CompareOp, 'eq' | 'ne'>;

/** What a failed leaf needs to explain itself: the definition, the scope and the language. */
interface Say {
  def: WorkflowDefinition;
  scope: ConditionScope;
  locale: Locale;
  t: EngineT;
}

function label(say: Say, key: string): string {
  return fieldLabel(say.def, key, say.locale);
}

function shown(say: Say, key: string, value: FieldValue | undefined): string {
  return formatValue(findField(say.def, key), value, say.locale);
}

function dateRefText(say: Say, ref: DateRef): string {
  if (ref === 'event') return say.t('conditions.today', { date: say.scope.eventDate });
  const value = say.scope.fields[ref.field];
  return say.t('conditions.fieldDate', {
    label: label(say, ref.field).toLowerCase(),
    date: isIsoDate(value) ? value : say.t('conditions.emptyDate'),
  });
}

function amountText(say: Say, amount: Amount, unit: DateUnit): string {
  const n = resolveAmount(amount, say.scope);
  return say.t(`conditions.${unit}`, { count: n ?? 0 });
}

/** Every field a condition reads. */
export function conditionFields(c: Condition): string[] {
  if ('all' in c) return c.all.flatMap(conditionFields);
  if ('any' in c) return c.any.flatMap(conditionFields);
  if ('not' in c) return conditionFields(c.not);
  if ('role' in c) return [];
  if ('field' in c) return [c.field];
  const amount = 'within' in c ? c.within : c.plus;
  const ref = 'within' in c ? c.of : c.than;
  return [
    c.date,
    ...(typeof amount === 'number' ? [] : [amount.field]),
    ...(ref === 'event' ? [] : [ref.field]),
  ];
}

function explain(say: Say, c: Leaf, wanted: boolean): string {
  const { t, scope, locale } = say;
  if ('role' in c) {
    const roles = listText(
      c.role.map((r) => t(`rolesPlural.${r}`)),
      locale,
    );
    return wanted
      ? t('conditions.onlyRoles', { roles, role: t(`roles.${scope.role}`) })
      : t('conditions.notOpenTo', { roles });
  }
  if ('within' in c || 'plus' in c) return explainDate(say, c, wanted);

  const name = label(say, c.field);
  const actual = scope.fields[c.field];
  const actualText = shown(say, c.field, actual);
  if (c.op === 'present' || c.op === 'empty') {
    const mustBeEmpty = (c.op === 'empty') === wanted;
    return mustBeEmpty
      ? t('conditions.mustBeEmpty', { name, actual: actualText })
      : t('conditions.mustBeFilled', { name });
  }
  if (c.op === 'in') {
    const options = listText(
      c.value.map((v) => shown(say, c.field, v)),
      locale,
    );
    return wanted
      ? t('conditions.mustBeOneOf', { name, actual: actualText, options })
      : t('conditions.mustNotBeOneOf', { name, actual: actualText, options });
  }
  const op = wanted ? c.op : NEGATED[c.op as CompareOp];
  const expected = shown(say, c.field, (c as { value: FieldValue }).value);
  if (op === 'ne') return t('conditions.mustNotBe', { name, expected });
  if (isEmptyValue(actual)) return t(`conditions.emptyMustBe.${op}`, { name, expected });
  if (op === 'eq') return t('conditions.mustBe', { name, actual: actualText, expected });
  const isDate = findField(say.def, c.field)?.type === 'date';
  return t(`conditions.${isDate ? 'dateMustBe' : 'mustBeCompared'}.${op}`, {
    name,
    actual: actualText,
    expected,
  });
}

function explainDate(say: Say, c: Extract<Leaf, { date: string }>, wanted: boolean): string {
  const { t, scope } = say;
  const name = label(say, c.date);
  const date = scope.fields[c.date];
  if (!isIsoDate(date)) return t('conditions.fillToCheck', { name });
  const amountSource = 'within' in c ? c.within : c.plus;
  if (resolveAmount(amountSource, scope) === null && typeof amountSource !== 'number') {
    return t('conditions.fillToCheck', { name: label(say, amountSource.field) });
  }
  const ref = 'within' in c ? c.of : c.than;
  if (resolveDate(ref, scope) === null && ref !== 'event') {
    return t('conditions.fillToCheck', { name: label(say, ref.field) });
  }
  const values = {
    name,
    date,
    ref: dateRefText(say, ref),
    amount: amountText(say, amountSource, c.unit),
  };
  if ('within' in c) {
    return t(wanted ? 'conditions.notWithin' : 'conditions.within', values);
  }
  const op = wanted ? c.op : NEGATED[c.op];
  if (resolveAmount(amountSource, scope) === 0) return t(`conditions.onDate.${op}`, values);
  // date + amount must be on/after `than`: it fails when date lies too far before it.
  if (op !== 'eq' && op !== 'ne') return t(`conditions.offset.${op as Ordering}`, values);
  const computed = addToDate(date, resolveAmount(amountSource, scope) ?? 0, c.unit);
  return op === 'eq'
    ? t('conditions.plusIsNot', { ...values, computed })
    : t('conditions.plusMustNotFall', values);
}
