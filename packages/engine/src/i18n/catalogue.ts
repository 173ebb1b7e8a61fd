// Types that keep every catalogue the same shape as the English one, and its keys typed.

/** The shape of a catalogue: the same nested keys as `T`, every leaf any string. */
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

/** Every dotted key of a catalogue: "rules.needs", "fields.required", … */
export type KeyOf<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeyOf<T[K]>}`;
}[keyof T & string];

/** Values a sentence interpolates (`{{label}}`) plus i18next's own options (e.g. `count`). */
export type Values = Record<string, unknown>;
