// Field values: type checks and how a manager reads them.
import type { FieldDef, Fields, FieldValue, WorkflowDefinition } from './definition.schema.ts';
import type { FieldProblem } from './types.ts';
import { isIsoDate } from './dates.ts';
import { DEFAULT_LOCALE, intlLocale, localLabel, type Locale } from './i18n/locale.ts';
import { engineT, listText } from './i18n/translate.ts';

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
    case 'longtext':
    case 'user':
      return typeof value === 'string' ? null : t('fields.mustBeText', { label });
    case 'number':
    case 'money':
      if (typeof value !== 'number' || !Number.isFinite(value))
        return t('fields.mustBeNumber', { label });
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
