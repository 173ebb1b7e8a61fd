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
import { DEFAULT_LOCALE, localLabel, type Locale } from './i18n/locale.ts';
import { engineT, listText, type EngineT } from './i18n/translate.ts';
import { findField, formatValue, isEmptyValue } from './fields.ts';
import { attributeLabel, recordName, refAttribute, type Refs } from './references.ts';
import type { LinkedCard, PartsFacts } from './types.ts';

export interface ConditionScope {
  fields: Fields;
  /** The day of the event, `YYYY-MM-DD`. */
  eventDate: string;
  role: Role;
  /** The language of the reasons (default 'en'). */
  locale?: Locale;
  /** Records the card's reference fields point at, keyed by field (absent: not resolved). */
  refs?: Refs;
  /** Stock facts of the card's parts lines (absent: not known, a parts guard is not judged). */
  parts?: PartsFacts;
  /** Cards linked to this one (absent: not resolved, and conditions on them hold). */
  links?: LinkedCard[];
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
  // Without the linked cards nobody here can judge: whoever resolved them (the server) decides.
  if ('linked' in condition && scope.links === undefined) return [];
  if (leafHolds(condition, scope) === wanted) return [];
  if (condition.message) {
    return [localLabel({ label: condition.message, labels: condition.messages }, say.locale)];
  }
  return [explain(say, condition, wanted)];
}

type Leaf = Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>;

/** The linked cards of the condition's workflow that are (`inside`) or are not in its categories. */
function linkedCards(c: Extract<Leaf, { linked: string }>, scope: ConditionScope, inside: boolean) {
  return (scope.links ?? []).filter(
    (card) => card.workflow === c.linked && c.category.includes(card.category) === inside,
  );
}

function leafHolds(c: Leaf, scope: ConditionScope): boolean {
  if ('role' in c) return c.role.includes(scope.role);
  if ('parts' in c) return (scope.parts?.short.length ?? 0) === 0;
  if ('linked' in c) return linkedCards(c, scope, false).length === 0;
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

// ---- Sentences (engine catalogue: conditions.*) ----

type Ordering = Exclude<CompareOp, 'eq' | 'ne'>;

/** What a failed leaf needs to explain itself: the definition, the scope and the language. */
interface Say {
  def: WorkflowDefinition;
  scope: ConditionScope;
  locale: Locale;
  t: EngineT;
}

/** The field (or referenced attribute, as a field) a reference reads, for formatting its value. */
function refField(def: WorkflowDefinition, ref: FieldRef): FieldDef | undefined {
  const field = findField(def, ref.field);
  if (!field || ref.path === undefined) return field;
  const attribute = refAttribute(field, ref.path);
  return attribute && { key: ref.path, label: attribute.label, type: attribute.type };
}

/** How a sentence names what a reference reads: "Claim date", "Unit SN-1234's purchase date". */
function label(say: Say, ref: FieldRef): string {
  const field = findField(say.def, ref.field);
  if (!field) return ref.field;
  if (ref.path === undefined) return localLabel(field, say.locale);
  return say.t('references.recordAttribute', {
    record: recordName(field, say.scope.refs?.[ref.field], say.locale),
    attribute: attributeLabel(field, ref.path, say.locale).toLowerCase(),
  });
}

/** The same name inside a sentence: "claim date", "Unit SN-1234's purchase date". */
function inSentence(say: Say, ref: FieldRef): string {
  return ref.path === undefined ? label(say, ref).toLowerCase() : label(say, ref);
}

function shown(say: Say, ref: FieldRef, value: FieldValue | undefined): string {
  return formatValue(refField(say.def, ref), value, say.locale);
}

function dateRefText(say: Say, ref: DateRef): string {
  if (ref === 'event') return say.t('conditions.today', { date: say.scope.eventDate });
  const value = readRef(say.scope, ref);
  // "the claim date …" but "Unit SN-1234's purchase date …" (a record's name takes no article).
  return say.t(ref.path === undefined ? 'conditions.fieldDate' : 'conditions.recordDate', {
    label: inSentence(say, ref),
    date: isIsoDate(value) ? value : say.t('conditions.emptyDate'),
  });
}

function amountText(say: Say, amount: Amount, unit: DateUnit): string {
  const n = resolveAmount(amount, say.scope);
  return say.t(`conditions.${unit}`, { count: n ?? 0 });
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
  if ('role' in c || 'parts' in c || 'linked' in c) return [];
  if ('field' in c) return [{ field: c.field, ...(c.path === undefined ? {} : { path: c.path }) }];
  const amount = 'within' in c ? c.within : c.plus;
  const ref = 'within' in c ? c.of : c.than;
  return [
    dateSource(c.date),
    ...(typeof amount === 'number' ? [] : [amount]),
    ...(ref === 'event' ? [] : [ref]),
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
  if ('parts' in c) {
    if (!wanted) return t('conditions.partsAllInStock');
    const parts = listText(
      (scope.parts?.short ?? []).map((p) => t('conditions.partShort', { ...p })),
      locale,
      'conjunction',
    );
    return t('conditions.partsNotInStock', { parts });
  }
  if ('within' in c || 'plus' in c) return explainDate(say, c, wanted);
  if ('linked' in c) {
    // Name each card in the way: "Repair order 7" (Repairs) is still in Diagnosis.
    return linkedCards(c, scope, !wanted)
      .map((card) =>
        t(wanted ? 'conditions.linkedStillIn' : 'conditions.linkedAlreadyIn', {
          title: card.title,
          workflow: card.workflowName,
          stage: card.stageLabel,
        }),
      )
      .join(' ');
  }

  const name = label(say, c);
  const actual = readRef(scope, c);
  const actualText = shown(say, c, actual);
  if (c.op === 'present' || c.op === 'empty') {
    const mustBeEmpty = (c.op === 'empty') === wanted;
    return mustBeEmpty
      ? t('conditions.mustBeEmpty', { name, actual: actualText })
      : t('conditions.mustBeFilled', { name });
  }
  if (c.op === 'in') {
    const options = listText(
      c.value.map((v) => shown(say, c, v)),
      locale,
    );
    return wanted
      ? t('conditions.mustBeOneOf', { name, actual: actualText, options })
      : t('conditions.mustNotBeOneOf', { name, actual: actualText, options });
  }
  const op = wanted ? c.op : NEGATED[c.op as CompareOp];
  const expected = shown(say, c, (c as { value: FieldValue }).value);
  if (op === 'ne') return t('conditions.mustNotBe', { name, expected });
  if (isEmptyValue(actual)) return t(`conditions.emptyMustBe.${op}`, { name, expected });
  if (op === 'eq') return t('conditions.mustBe', { name, actual: actualText, expected });
  const isDate = refField(say.def, c)?.type === 'date';
  return t(`conditions.${isDate ? 'dateMustBe' : 'mustBeCompared'}.${op}`, {
    name,
    actual: actualText,
    expected,
  });
}

/** What must be filled in: the reference field itself while it is empty, else what it reads. */
function filledIn(say: Say, ref: FieldRef): string {
  const pointsNowhere = ref.path !== undefined && isEmptyValue(say.scope.fields[ref.field]);
  return pointsNowhere ? label(say, { field: ref.field }) : label(say, ref);
}

function explainDate(say: Say, c: Extract<Leaf, { date: unknown }>, wanted: boolean): string {
  const { t, scope } = say;
  const source = dateSource(c.date);
  const name = label(say, source);
  const date = readRef(scope, source);
  if (!isIsoDate(date)) return t('conditions.fillToCheck', { name: filledIn(say, source) });
  const amountSource = 'within' in c ? c.within : c.plus;
  if (resolveAmount(amountSource, scope) === null && typeof amountSource !== 'number') {
    return t('conditions.fillToCheck', { name: filledIn(say, amountSource) });
  }
  const ref = 'within' in c ? c.of : c.than;
  if (resolveDate(ref, scope) === null && ref !== 'event') {
    return t('conditions.fillToCheck', { name: filledIn(say, ref) });
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
