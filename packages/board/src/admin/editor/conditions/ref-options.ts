// What a condition may read where it wants a value of some type: the card's fields of that type,
// and the attributes of that type of the customer or unit a reference field points at
// ("Unit › Purchase date"). A reference is written `field` or `field.path` in a <select>.
import {
  REFERENCE_ATTRIBUTES,
  attributeLabel,
  isReferenceType,
  localLabel,
  type Locale,
  type FieldDef,
  type FieldRef,
  type FieldType,
} from '@stageflow/engine';

export interface RefOption {
  value: string;
  label: string;
}

export function refOptions(fields: FieldDef[], types: FieldType[], locale?: Locale): RefOption[] {
  const out: RefOption[] = fields
    .filter((f) => types.includes(f.type))
    .map((f) => ({ value: f.key, label: localLabel(f, locale) }));
  for (const f of fields) {
    if (!isReferenceType(f.type)) continue;
    for (const [path, attribute] of Object.entries(REFERENCE_ATTRIBUTES[f.type])) {
      if (types.includes(attribute.type)) {
        out.push({
          value: `${f.key}.${path}`,
          label: `${localLabel(f, locale)} › ${attributeLabel(f, path, locale)}`,
        });
      }
    }
  }
  return out;
}

export const encodeRef = (ref: FieldRef): string =>
  ref.path === undefined ? ref.field : `${ref.field}.${ref.path}`;

export function decodeRef(value: string): FieldRef {
  const [field = '', path] = value.split('.');
  return path === undefined ? { field } : { field, path };
}
