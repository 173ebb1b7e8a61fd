// The board's one i18next instance (react-i18next), created synchronously from the inline
// catalogues. The language is the user's stored choice, else the browser's, else English.
import { createI18n, DEFAULT_LOCALE, isLocale, matchLocale, type Locale } from '@stageflow/engine';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { ko } from './ko.ts';
import type { BoardT } from './useT.ts';

function browserLocale(): Locale {
  const languages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
  for (const tag of languages) {
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

export const i18n = createI18n({
  resources: { en: { board: en }, ko: { board: ko } },
  defaultNS: 'board',
  plugins: [initReactI18next],
  lng: browserLocale(),
});

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** Switches every mounted component to `locale` (null: the browser's language). */
export function applyLocale(locale: Locale | null): void {
  const next = locale ?? browserLocale();
  if (typeof document !== 'undefined') document.documentElement.lang = next;
  if (i18n.language !== next) void i18n.changeLanguage(next);
}

/** `t` in a given language, for plain functions outside React (time, problems, announcements). */
export function boardT(locale: Locale = currentLocale()): BoardT {
  const fixed = i18n.getFixedT(locale, 'board');
  return (key, values) => fixed(key, values ?? {});
}
