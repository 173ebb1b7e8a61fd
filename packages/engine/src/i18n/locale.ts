// The languages Stageflow speaks. One `as const` array is both the runtime list and the type.
export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Our locale for a BCP 47 tag ("ko-KR" → "ko"), or undefined when we do not speak it. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : undefined;
}

/**
 * The Intl locale for numbers, dates and lists. English is British-style for lists ("A, B or C",
 * no serial comma), which is how every English sentence was written before catalogues existed.
 */
const INTL: Record<Locale, { numbers: string; lists: string }> = {
  en: { numbers: 'en-US', lists: 'en-GB' },
  ko: { numbers: 'ko-KR', lists: 'ko-KR' },
};

export function intlLocale(locale: Locale, use: 'numbers' | 'lists' = 'numbers'): string {
  return INTL[locale][use];
}

/** Something with a label and, optionally, its translations (stages, fields, moves, options). */
export interface Labelled {
  label: string;
  labels?: Partial<Record<Locale, string>>;
}

/** The label in `locale` when the definition translates it, else the label as written. */
export function localLabel(thing: Labelled, locale: Locale = DEFAULT_LOCALE): string {
  return thing.labels?.[locale] ?? thing.label;
}
