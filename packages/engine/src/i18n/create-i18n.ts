// One i18next set-up for the engine, the server and the board, so a sentence is written the same
// way everywhere: `{{name}}` placeholders, no HTML escaping (React escapes, JSON needs none),
// Korean particles as formatters, and a synchronous init (resources are inline; no I/O, no timer).
import i18next, { type i18n, type Module, type Resource } from 'i18next';
import { DEFAULT_LOCALE, LOCALES } from './locale.ts';
import { JOSA_NAMES, withJosa } from './josa.ts';

export interface CreateI18nOptions {
  /** `{ en: { ns: catalogue }, ko: { ns: catalogue } }`. */
  resources: Resource;
  defaultNS: string;
  /** Plugins such as react-i18next's `initReactI18next`. */
  plugins?: Module[];
  lng?: string;
}

export function createI18n(options: CreateI18nOptions): i18n {
  const instance = i18next.createInstance();
  for (const plugin of options.plugins ?? []) instance.use(plugin);
  void instance.init({
    resources: options.resources,
    defaultNS: options.defaultNS,
    ns: Object.keys(options.resources[DEFAULT_LOCALE] ?? {}),
    lng: options.lng ?? DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    // Resources are inline: with initAsync false, t() works as soon as init() returns.
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
  });
  for (const name of JOSA_NAMES) {
    instance.services.formatter?.add(name, (value) => withJosa(String(value), name));
  }
  return instance;
}
