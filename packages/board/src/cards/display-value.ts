// A field value as a person reads it: people fields show the person's name, not their id;
// customer and equipment fields the record's name (when the board knows it).
import { formatValue, type FieldDef, type FieldValue, type Locale } from '@stageflow/engine';
import { recordLabel, recordOf } from '../installed-base/records-store.ts';

export function isRefField(
  field: FieldDef | undefined,
): field is FieldDef & { type: 'customer' | 'equipment' } {
  return field?.type === 'customer' || field?.type === 'equipment';
}

export function displayValue(
  field: FieldDef | undefined,
  value: FieldValue | undefined,
  nameOf: (id: string) => string,
  locale?: Locale,
): string {
  if (field?.type === 'user' && typeof value === 'string' && value !== '') return nameOf(value);
  if (isRefField(field) && typeof value === 'string' && value !== '') {
    return recordLabel(recordOf(value), value);
  }
  return formatValue(field, value, locale);
}
