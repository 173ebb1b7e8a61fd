// Checking values in the browser with the engine's own rules, before the server sees them.
import {
  fieldLabel,
  isEmptyValue,
  validateFieldValues,
  type Fields,
  type Locale,
  type WorkflowDefinition,
} from '@stageflow/engine';
import { boardT } from '../i18n/i18n.ts';

/** Field key → one sentence; empty when the values may be sent. */
export function fieldProblems(
  definition: WorkflowDefinition,
  values: Fields,
  options: { partial?: boolean; mustFill?: string[]; locale?: Locale } = {},
): Record<string, string> {
  const { locale } = options;
  const problems: Record<string, string> = {};
  for (const p of validateFieldValues(definition, values, { partial: options.partial, locale })) {
    problems[p.field] ??= p.message;
  }
  for (const key of options.mustFill ?? []) {
    if (!problems[key] && isEmptyValue(values[key])) {
      const label = fieldLabel(definition, key, locale);
      problems[key] = boardT(locale)('fields.neededForMove', { label });
    }
  }
  return problems;
}

/** Drop empty strings so optional fields stay unset instead of "". */
export function cleanValues(values: Fields): Fields {
  const out: Fields = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' && value.trim() === '') continue;
    if (value === null || value === undefined) continue;
    out[key] = typeof value === 'string' ? value.trim() : value;
  }
  return out;
}
