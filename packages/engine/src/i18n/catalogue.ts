// Types that keep every catalogue the same shape as the English one, and its keys typed.

/** i18next plural suffixes; Korean has only `_other`, English `_one` and `_other`. */
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type OptionalPlural = `${string}_${Exclude<PluralSuffix, 'other'>}`;

/**
 * The shape of a catalogue: the same nested keys as `T`, every leaf any string. Plural forms a
 * language does not have (`_one` in Korean) may be left out.
 */
export type Catalogue<T> = {
  [K in keyof T as K extends OptionalPlural ? never : K]: T[K] extends string
    ? string
    : Catalogue<T[K]>;
} & { [K in keyof T as K extends OptionalPlural ? K : never]?: string };

/** Every dotted key of a catalogue as `t` takes it: "rules.needs", "column.count" (plurals). */
export type KeyOf<T> = {
  [K in keyof T & string]: T[K] extends string
    ? K extends `${infer Base}_${PluralSuffix}`
      ? Base
      : K
    : `${K}.${KeyOf<T[K]>}`;
}[keyof T & string];

/** Values a sentence interpolates (`{{label}}`) plus i18next's own options (e.g. `count`). */
export type Values = Record<string, unknown>;
