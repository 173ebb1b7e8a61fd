// How a component gets its words: `const { t, locale } = useT();` then `t('topBar.signOut')`.
// Keys are checked against the English catalogue at compile time.
import { DEFAULT_LOCALE, isLocale, type KeyOf, type Locale, type Values } from '@stageflow/engine';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { en } from './en.ts';

export type BoardKey = KeyOf<typeof en>;
export type BoardT = (key: BoardKey, values?: Values) => string;

export function useT(): { t: BoardT; locale: Locale } {
  const { t: raw, i18n } = useTranslation('board');
  const t = useCallback<BoardT>((key, values) => raw(key, values ?? {}), [raw]);
  return { t, locale: isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE };
}
