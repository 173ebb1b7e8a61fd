// The session cookie: HttpOnly, SameSite=Lax, Path=/, Secure when the request came over https.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'sf_session';

export function isHttps(c: Context, trustProxy = false): boolean {
  if (trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https')
    return true;
  // The adapter builds the URL with a lower-case scheme; no need to parse all of it per request.
  return /^https:/i.test(c.req.url);
}

export function readSessionCookie(c: Context): string | undefined {
  const value = getCookie(c, SESSION_COOKIE);
  return value === undefined || value === '' ? undefined : value;
}

export function writeSessionCookie(
  c: Context,
  token: string,
  expiresAt: Date,
  now: Date,
  trustProxy = false,
): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c, trustProxy),
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000)),
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context, trustProxy = false): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c, trustProxy),
  });
}
