// Reference fields (`customer`, `equipment`) hold the id of a record kept outside the card. The
// server resolves those records and hands them in `Ctx.refs`, keyed by the field; conditions and
// assignments read their attributes with `{ field, path }`. These are the attributes there are.
import type { FieldDef, FieldType, FieldValue } from './definition.schema.ts';
import { DEFAULT_LOCALE, localLabel, type Locale } from './i18n/locale.ts';
import { engineT, type EngineKey } from './i18n/translate.ts';

export const REFERENCE_KINDS = ['customer', 'equipment'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export interface RefAttribute {
  label: string;
  type: Exclude<FieldType, 'select' | 'money'>;
}

export const REFERENCE_ATTRIBUTES: Record<ReferenceKind, Record<string, RefAttribute>> = {
  customer: {
    name: { label: 'Name', type: 'text' },
    email: { label: 'Email', type: 'text' },
    phone: { label: 'Phone', type: 'text' },
    address: { label: 'Address', type: 'longtext' },
  },
  equipment: {
    serialNumber: { label: 'Serial number', type: 'text' },
    product: { label: 'Product', type: 'text' },
    model: { label: 'Model', type: 'text' },
    customer: { label: 'Customer', type: 'customer' },
    purchaseDate: { label: 'Purchase date', type: 'date' },
    warrantyMonths: { label: 'Warranty (months)', type: 'number' },
    warrantyExpires: { label: 'Warranty expiry', type: 'date' },
    contractExpires: { label: 'Service contract expiry', type: 'date' },
  },
};

/** A referenced record as the engine reads it: its id and the attributes above (null when unset). */
export type RefRecord = { id: string } & Record<string, FieldValue>;
/** The records the card's reference fields point at, keyed by field key. */
export type Refs = Record<string, RefRecord>;

export function isReferenceType(type: FieldType): type is ReferenceKind {
  return (REFERENCE_KINDS as readonly string[]).includes(type);
}

/** The attribute `path` of the record a field of `field`'s type points at, if there is one. */
export function refAttribute(field: FieldDef, path: string): RefAttribute | undefined {
  if (!isReferenceType(field.type)) return undefined;
  return Object.hasOwn(REFERENCE_ATTRIBUTES[field.type], path)
    ? REFERENCE_ATTRIBUTES[field.type][path]
    : undefined;
}

/** An attribute's name in `locale` ("Purchase date", "구매일"); the path itself when unknown. */
export function attributeLabel(
  field: FieldDef,
  path: string,
  locale: Locale = DEFAULT_LOCALE,
): string {
  if (!refAttribute(field, path)) return path;
  // refAttribute vouched for the path, so the key is one the catalogue has.
  const key = `references.${field.type as ReferenceKind}.${path}` as EngineKey;
  return engineT(locale)(key);
}

/** How a sentence names a record: "Unit SN-1234", "Bäckerei Huber"; the field label when unknown. */
export function recordName(
  field: FieldDef,
  record: RefRecord | undefined,
  locale: Locale = DEFAULT_LOCALE,
): string {
  if (field.type === 'equipment' && typeof record?.serialNumber === 'string') {
    return engineT(locale)('references.unit', { serial: record.serialNumber });
  }
  if (field.type === 'customer' && typeof record?.name === 'string') return record.name;
  return localLabel(field, locale);
}
