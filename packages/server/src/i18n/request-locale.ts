// Which language a request is answered in: the signed-in user's stored choice, then the best
// match in Accept-Language (hono's language detector), then English.
import type { Context, MiddlewareHandler } from 'hono';
import { languageDetector } from 'hono/language';
import { DEFAULT_LOCALE, LOCALES, matchLocale, type Locale } from '@stageflow/engine';
import type { AppEnv, AuthUser } from '../app-env.ts';

/** Reads Accept-Language into c.var.language; never sets a cookie (the choice lives on the user). */
export function acceptLanguage(): MiddlewareHandler<AppEnv> {
  return languageDetector({
    order: ['header'],
    supportedLanguages: [...LOCALES],
    fallbackLanguage: DEFAULT_LOCALE,
    caches: false,
  }) as MiddlewareHandler<AppEnv>;
}

export function requestLocale(c: Context): Locale {
  const user = c.get('user') as { locale?: Locale | null } | undefined;
  return user?.locale ?? matchLocale(c.get('language') as string | undefined) ?? DEFAULT_LOCALE;
}

/** The signed-in user as the engine's actor, answered in the request's language. */
export function actingUser(c: Context<AppEnv>): AuthUser & { locale: Locale } {
  return { ...c.get('user'), locale: requestLocale(c) };
}
