// The server's sentences in a locale. A problem carries a Sentence (key + values) and is rendered
// in the caller's language when the response is written, so throwing code never needs the request.
import { createI18n, DEFAULT_LOCALE, listText, type KeyOf, type Locale } from '@stageflow/engine';
import { en } from './en.ts';
import { ko } from './ko.ts';

export type ServerKey = KeyOf<typeof en>;

/** A value inside a sentence: plain, another sentence, or a list ("admin or manager"). */
export type SentenceValue = string | number | Sentence | SentenceList;
export interface Sentence {
  key: ServerKey;
  values?: Record<string, SentenceValue>;
}
export interface SentenceList {
  list: (string | Sentence)[];
  type?: 'disjunction' | 'conjunction';
}

/** A sentence to render later in the caller's language. */
export function say(key: ServerKey, values?: Record<string, SentenceValue>): Sentence {
  return values ? { key, values } : { key };
}

/** A list inside a sentence, joined in the caller's language ("A, B or C" / "A, B 또는 C"). */
export function sayList(
  list: (string | Sentence)[],
  type: SentenceList['type'] = 'disjunction',
): SentenceList {
  return { list, type };
}

const i18n = createI18n({
  resources: { en: { server: en }, ko: { server: ko } },
  defaultNS: 'server',
});

function render(value: SentenceValue, locale: Locale): string | number {
  if (typeof value !== 'object') return value;
  if ('list' in value) {
    const items = value.list.map((item) => String(render(item, locale)));
    return listText(items, locale, value.type);
  }
  return translate(value, locale);
}

export function translate(sentence: Sentence, locale: Locale = DEFAULT_LOCALE): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(sentence.values ?? {}))
    values[name] = render(value, locale);
  return i18n.getFixedT(locale, 'server')(sentence.key, values);
}

/** `t` for code that writes a sentence straight away (it knows the locale). */
export function serverT(locale: Locale = DEFAULT_LOCALE) {
  return (key: ServerKey, values?: Record<string, SentenceValue>) =>
    translate({ key, values }, locale);
}
