// Locales, label translations and the one i18next set-up the server and the board reuse.
export {
  LOCALES,
  DEFAULT_LOCALE,
  isLocale,
  matchLocale,
  intlLocale,
  localLabel,
} from './locale.ts';
export type { Locale, Labelled } from './locale.ts';
export { createI18n } from './create-i18n.ts';
export type { Catalogue, KeyOf, Values } from './catalogue.ts';
export { withJosa } from './josa.ts';
export { engineT, listText } from './translate.ts';
export { catalogueProblems } from './catalogue-check.ts';
export { en as engineEn } from './en.ts';
export { ko as engineKo } from './ko.ts';
