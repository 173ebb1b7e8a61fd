// Which language a request is answered in: the signed-in user's stored choice, then the best
// match in Accept-Language, then English.
import type { Context } from 'hono';
import { DEFAULT_LOCALE, matchLocale, type Locale } from '@stageflow/engine';
import type { AppEnv, AuthUser } from '../app-env.ts';

/**
 * The supported language Accept-Language ranks highest (by q, then by order; q=0 never), or
 * undefined. Read when a request needs it, not by a middleware on every request.
 */
export function acceptedLocale(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  let best: Locale | undefined;
  let bestQ = 0;
  for (const range of header.split(',')) {
    const [tag, ...params] = range.split(';');
    let q = 1;
    for (const param of params) {
      const weight = /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(param);
      if (weight) q = Number(weight[1]);
    }
    if (!(q > bestQ)) continue;
    const locale = matchLocale(tag);
    if (locale) {
      best = locale;
      bestQ = q;
    }
  }
  return best;
}

export function requestLocale(c: Context): Locale {
  const user = c.get('user') as { locale?: Locale | null } | undefined;
  return user?.locale ?? acceptedLocale(c.req.header('accept-language')) ?? DEFAULT_LOCALE;
}

/** The signed-in user as the engine's actor, answered in the request's language. */
export function actingUser(c: Context<AppEnv>): AuthUser & { locale: Locale } {
  return { ...c.get('user'), locale: requestLocale(c) };
}
