// Field values: type checks and how a manager reads them.
import type { FieldDef, Fields, FieldValue, WorkflowDefinition } from './definition.schema.ts';
import type { FieldProblem } from './types.ts';
import { isIsoDate } from './dates.ts';

export function isEmptyValue(value: FieldValue | undefined): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

export function findField(definition: WorkflowDefinition, key: string): FieldDef | undefined {
  return definition.fields.find((f) => f.key === key);
}

export function fieldLabel(definition: WorkflowDefinition, key: string): string {
  return findField(definition, key)?.label ?? key;
}

/** Why `value` does not fit `field`, or null when it does. Empty values always fit (clearing). */
export function valueProblem(field: FieldDef, value: FieldValue): string | null {
  if (value === null) return null;
  switch (field.type) {
    case 'text':
    case 'longtext':
    case 'user':
      return typeof value === 'string' ? null : `${field.label} must be text.`;
    case 'number':
    case 'money':
      if (typeof value !== 'number' || !Number.isFinite(value))
        return `${field.label} must be a number.`;
      if (field.min !== undefined && value < field.min)
        return `${field.label} must be at least ${field.min}.`;
      if (field.max !== undefined && value > field.max)
        return `${field.label} must be at most ${field.max}.`;
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : `${field.label} must be yes or no.`;
    case 'date':
      if (isIsoDate(value)) return null;
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? `${field.label} ${value} is not a real date.`
        : `${field.label} must be a date written like 2025-03-01.`;
    case 'select': {
      const options = field.options ?? [];
      if (typeof value === 'string' && options.some((o) => o.value === value)) return null;
      return `${field.label} must be one of ${options.map((o) => o.label).join(', ')}.`;
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
  options: { partial?: boolean } = {},
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [key, value] of Object.entries(fields)) {
    const field = findField(definition, key);
    if (!field) {
      problems.push({ field: key, message: `${definition.name} has no field called "${key}".` });
      continue;
    }
    const problem = valueProblem(field, value);
    if (problem) problems.push({ field: key, message: problem });
    else if (field.required && isEmptyValue(value)) {
      problems.push({ field: key, message: `${field.label} is required.`, missing: true });
    }
  }
  if (!options.partial) {
    for (const field of definition.fields) {
      if (field.required && !(field.key in fields)) {
        problems.push({ field: field.key, message: `${field.label} is required.`, missing: true });
      }
    }
  }
  return problems;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** A value as a manager reads it: option labels, money with its currency, yes/no. */
export function formatValue(field: FieldDef | undefined, value: FieldValue | undefined): string {
  if (isEmptyValue(value)) return 'empty';
  if (!field) return String(value);
  if (field.type === 'select') {
    return field.options?.find((o) => o.value === value)?.label ?? String(value);
  }
  if (field.type === 'boolean') return value ? 'yes' : 'no';
  if (field.type === 'money' && typeof value === 'number') {
    const currency = field.currency ?? 'EUR';
    let format = moneyFormats.get(currency);
    if (!format) {
      format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
      moneyFormats.set(currency, format);
    }
    return format.format(value);
  }
  return String(value);
}
