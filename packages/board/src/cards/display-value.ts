// A field value as a person reads it: people fields show the person's name, not their id.
import { formatValue, type FieldDef, type FieldValue, type Locale } from '@stageflow/engine';

export function displayValue(
  field: FieldDef | undefined,
  value: FieldValue | undefined,
  nameOf: (id: string) => string,
  locale?: Locale,
): string {
  if (field?.type === 'user' && typeof value === 'string' && value !== '') return nameOf(value);
  return formatValue(field, value, locale);
}
