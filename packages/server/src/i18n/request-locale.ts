// Which language a request is answered in: the signed-in user's stored choice, then the best
// match in Accept-Language, then English.
import type { Context } from 'hono';
import { parseAccept } from 'hono/utils/accept';
import { DEFAULT_LOCALE, matchLocale, type Locale } from '@stageflow/engine';
import type { AppEnv, AuthUser } from '../app-env.ts';

/**
 * The supported language Accept-Language ranks highest (by q, then by order; q=0 never), or
 * undefined. Read when a request needs it, not by a middleware on every request.
 */
export function acceptedLocale(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  // parseAccept orders by weight (stable), clamps weights to 0–1 and reads a malformed one as 1.
  for (const { type, q } of parseAccept(header)) {
    if (q === 0) continue;
    const locale = matchLocale(type);
    if (locale) return locale;
  }
  return undefined;
}

export function requestLocale(c: Context): Locale {
  const user = c.get('user') as { locale?: Locale | null } | undefined;
  return user?.locale ?? acceptedLocale(c.req.header('accept-language')) ?? DEFAULT_LOCALE;
}

/** The signed-in user as the engine's actor, answered in the request's language. */
export function actingUser(c: Context<AppEnv>): AuthUser & { locale: Locale } {
  return { ...c.get('user'), locale: requestLocale(c) };
}
