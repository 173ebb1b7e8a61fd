// The engine's translator: sentences in the caller's locale (Ctx.locale), the same in the server
// and the browser. Created synchronously from inline catalogues, so the engine stays pure.
import { createI18n } from './create-i18n.ts';
import type { KeyOf, Values } from './catalogue.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';
import { DEFAULT_LOCALE, intlLocale, type Locale } from './locale.ts';

export type EngineKey = KeyOf<typeof en>;
export type EngineT = (key: EngineKey, values?: Values) => string;

const i18n = createI18n({
  resources: { en: { engine: en }, ko: { engine: ko } },
  defaultNS: 'engine',
});

const translators = new Map<Locale, EngineT>();

/** The engine's `t` for a locale (cached: one fixed-language function per locale). */
export function engineT(locale: Locale = DEFAULT_LOCALE): EngineT {
  let t = translators.get(locale);
  if (!t) {
    const fixed = i18n.getFixedT(locale, 'engine');
    t = (key, values) => fixed(key, values ?? {});
    translators.set(locale, t);
  }
  return t;
}

const lists = new Map<string, Intl.ListFormat>();

/** "A, B or C" / "A, B 또는 C" (or "and" / "및" for a conjunction). */
export function listText(
  items: string[],
  locale: Locale = DEFAULT_LOCALE,
  type: 'disjunction' | 'conjunction' = 'disjunction',
): string {
  const id = `${locale}:${type}`;
  let format = lists.get(id);
  if (!format) {
    format = new Intl.ListFormat(intlLocale(locale, 'lists'), { type });
    lists.set(id, format);
  }
  return format.format(items);
}
