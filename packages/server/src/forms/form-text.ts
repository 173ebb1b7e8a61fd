// `t` for the printed forms in a locale (the forms' own catalogue, separate from problem details).
import { createI18n, type KeyOf, type Locale } from '@stageflow/engine';
import { formTextEn } from './form-text.en.ts';
import { formTextKo } from './form-text.ko.ts';

export type FormTextKey = KeyOf<typeof formTextEn>;

const i18n = createI18n({
  resources: { en: { forms: formTextEn }, ko: { forms: formTextKo } },
  defaultNS: 'forms',
});

export function formT(locale: Locale) {
  const t = i18n.getFixedT(locale, 'forms');
  return (key: FormTextKey, values?: Record<string, string | number>): string =>
    t(key, values ?? {});
}
