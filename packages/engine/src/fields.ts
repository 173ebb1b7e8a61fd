// Field values: type checks and how a manager reads them.
import type { FieldDef, Fields, FieldValue, WorkflowDefinition } from './definition.schema.ts';
import type { FieldProblem } from './types.ts';
import { isIsoDate } from './dates.ts';
import { DEFAULT_LOCALE, intlLocale, localLabel, type Locale } from './i18n/locale.ts';
import { engineT, listText } from './i18n/translate.ts';
import {
  DEFAULT_LONGTEXT_LENGTH,
  DEFAULT_TEXT_LENGTH,
  MAX_AMOUNT,
  USER_ID_LENGTH,
} from './limits.ts';

/** The longest value a text or long text field takes. */
export function maxTextLength(field: FieldDef): number {
  return (
    field.maxLength ?? (field.type === 'longtext' ? DEFAULT_LONGTEXT_LENGTH : DEFAULT_TEXT_LENGTH)
  );
}

const counts = new Map<Locale, Intl.NumberFormat>();

/** 20,000 / 20,000 as the locale writes a count. */
function countText(n: number, locale: Locale): string {
  let format = counts.get(locale);
  if (!format) counts.set(locale, (format = new Intl.NumberFormat(intlLocale(locale))));
  return format.format(n);
}

export function isEmptyValue(value: FieldValue | undefined): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

export function findField(definition: WorkflowDefinition, key: string): FieldDef | undefined {
  return definition.fields.find((f) => f.key === key);
}

/** The field's label in `locale` (its key when the definition has no such field). */
export function fieldLabel(
  definition: WorkflowDefinition,
  key: string,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const field = findField(definition, key);
  return field ? localLabel(field, locale) : key;
}

/** The workflow's name in `locale`. */
export function workflowName(definition: WorkflowDefinition, locale: Locale = DEFAULT_LOCALE) {
  return localLabel({ label: definition.name, labels: definition.labels }, locale);
}

/** Why `value` does not fit `field`, or null when it does. Empty values always fit (clearing). */
export function valueProblem(
  field: FieldDef,
  value: FieldValue,
  locale: Locale = DEFAULT_LOCALE,
): string | null {
  if (value === null) return null;
  const t = engineT(locale);
  const label = localLabel(field, locale);
  switch (field.type) {
    case 'text':
    case 'longtext': {
      if (typeof value !== 'string') return t('fields.mustBeText', { label });
      const max = maxTextLength(field);
      if (value.length <= max) return null;
      return t('fields.tooLong', {
        label,
        max: countText(max, locale),
        length: countText(value.length, locale),
      });
    }
    case 'user':
      if (typeof value !== 'string') return t('fields.mustBeText', { label });
      return value.length > USER_ID_LENGTH ? t('fields.notAUserId', { label }) : null;
    case 'customer':
    case 'equipment':
      // Whether the record exists is the server's to check; the engine sees only the id.
      return typeof value === 'string' && value.length <= USER_ID_LENGTH
        ? null
        : t(field.type === 'customer' ? 'fields.mustBeCustomer' : 'fields.mustBeUnit', { label });
    case 'number':
    case 'money':
      if (typeof value !== 'number' || !Number.isFinite(value))
        return t('fields.mustBeNumber', { label });
      if (Math.abs(value) > MAX_AMOUNT) {
        const max = countText(MAX_AMOUNT, locale);
        return t('fields.outOfRange', { label, min: `-${max}`, max });
      }
      if (field.min !== undefined && value < field.min)
        return t('fields.atLeast', { label, min: field.min });
      if (field.max !== undefined && value > field.max)
        return t('fields.atMost', { label, max: field.max });
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : t('fields.mustBeYesNo', { label });
    case 'date':
      if (isIsoDate(value)) return null;
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? t('fields.notARealDate', { label, value })
        : t('fields.mustBeDate', { label });
    case 'select': {
      const options = field.options ?? [];
      if (typeof value === 'string' && options.some((o) => o.value === value)) return null;
      const names = options.map((o) => localLabel(o, locale));
      // English keeps its plain comma list ("one of A, B, C").
      const list = locale === 'en' ? names.join(', ') : listText(names, locale);
      return t('fields.mustBeOneOf', { label, options: list });
    }
  }
}

/**
 * Problems with `fields` for this definition: unknown keys and values of the wrong type.
 * Unless `partial`, required fields must be filled too (a card being created).
 */
export function validateFieldValues(
  definition: WorkflowDefinition,
  fields: Fields,
  options: { partial?: boolean; locale?: Locale } = {},
): FieldProblem[] {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const t = engineT(locale);
  const required = (field: FieldDef) => t('fields.required', { label: localLabel(field, locale) });
  const problems: FieldProblem[] = [];
  for (const [key, value] of Object.entries(fields)) {
    const field = findField(definition, key);
    if (!field) {
      const workflow = workflowName(definition, locale);
      problems.push({ field: key, message: t('fields.unknownField', { workflow, key }) });
      continue;
    }
    const problem = valueProblem(field, value, locale);
    if (problem) problems.push({ field: key, message: problem });
    else if (field.required && isEmptyValue(value)) {
      problems.push({ field: key, message: required(field), missing: true });
    }
  }
  if (!options.partial) {
    for (const field of definition.fields) {
      if (field.required && !(field.key in fields)) {
        problems.push({ field: field.key, message: required(field), missing: true });
      }
    }
  }
  return problems;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** An amount in a currency as a manager of `locale` reads it: €1,250.00, ₩1,250,000. */
export function formatMoney(amount: number, currency: string, locale: Locale = DEFAULT_LOCALE) {
  const id = `${locale}:${currency}`;
  let format = moneyFormats.get(id);
  if (!format) {
    // Intl knows each currency's minor units: KRW has none, EUR two.
    format = new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency });
    moneyFormats.set(id, format);
  }
  return format.format(amount);
}

/** A value as a manager reads it: option labels, money with its currency, yes/no. */
export function formatValue(
  field: FieldDef | undefined,
  value: FieldValue | undefined,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const t = engineT(locale);
  if (isEmptyValue(value)) return t('value.empty');
  if (!field) return String(value);
  if (field.type === 'select') {
    const option = field.options?.find((o) => o.value === value);
    return option ? localLabel(option, locale) : String(value);
  }
  if (field.type === 'boolean') return value ? t('value.yes') : t('value.no');
  if (field.type === 'money' && typeof value === 'number') {
    return formatMoney(value, field.currency ?? 'EUR', locale);
  }
  return String(value);
}

const automaticByDefinition = new WeakMap<WorkflowDefinition, Set<string>>();

/**
 * Fields a move fills in by itself — the event date or the acting user — and overwrites every
 * time (`ifEmpty` ones take a value entered by hand, so they are not automatic).
 */
export function automaticFields(definition: WorkflowDefinition): Set<string> {
  let keys = automaticByDefinition.get(definition);
  if (!keys) {
    keys = new Set(
      definition.transitions.flatMap((t) =>
        (t.assign ?? []).filter((a) => 'from' in a && !a.ifEmpty).map((a) => a.field),
      ),
    );
    automaticByDefinition.set(definition, keys);
  }
  return keys;
}

/**
 * Values in `given` that would change an automatic field by hand. Sending the value the card
 * already has is allowed, so a form that sends every field back is not refused.
 */
export function automaticFieldProblems(
  definition: WorkflowDefinition,
  current: Fields,
  given: Fields,
  locale: Locale = DEFAULT_LOCALE,
): FieldProblem[] {
  const automatic = automaticFields(definition);
  const t = engineT(locale);
  const problems: FieldProblem[] = [];
  for (const [key, value] of Object.entries(given)) {
    if (!automatic.has(key)) continue;
    const before = current[key];
    if (before === value || (isEmptyValue(before) && isEmptyValue(value))) continue;
    problems.push({
      field: key,
      message: t('fields.automatic', { label: fieldLabel(definition, key, locale) }),
    });
  }
  return problems;
}

/**
 * What is wrong with values given for a card whose fields are `current` ({} for a new card):
 * their types and sizes, then automatic fields set by hand (one problem per field at most).
 */
export function givenFieldProblems(
  definition: WorkflowDefinition,
  current: Fields,
  given: Fields,
  options: { partial?: boolean; locale?: Locale } = {},
): FieldProblem[] {
  const problems = validateFieldValues(definition, given, options);
  const named = new Set(problems.map((p) => p.field));
  for (const p of automaticFieldProblems(definition, current, given, options.locale)) {
    if (!named.has(p.field)) problems.push(p);
  }
  return problems;
}
