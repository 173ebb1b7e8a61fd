// Cross-site request forgery guard. Browsers send Origin (or at least Referer) with unsafe
// requests; a cookie-carrying unsafe request from another origin, or with neither header, is
// refused. Requests authenticated by `Authorization: Bearer` carry no ambient credential: exempt.
// An origin is scheme + host + port: http://board.example is another site than
// https://board.example (a network attacker can serve the http one).
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { isHttps } from '../auth/session-cookie.ts';
import { HttpProblem } from './problem.ts';
import { say } from '../i18n/translate.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CsrfOptions {
  /** The session cookie whose presence makes the Origin check mandatory. */
  cookieName?: string;
  /** Other origins allowed to send unsafe requests (e.g. a dev server), like 'http://localhost:5173'. */
  allowedOrigins?: string[];
  /** Behind a TLS-terminating proxy, X-Forwarded-Proto tells the scheme the browser used. */
  trustProxy?: boolean;
}

function originOf(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.origin === 'null' ? undefined : url.origin;
  } catch {
    return undefined;
  }
}

/** The check alone (throws the 403 problem), for a middleware that runs several checks at once. */
export function csrfCheck(options: CsrfOptions = {}): (c: Context) => void {
  const cookieName = options.cookieName ?? 'sf_session';
  const allowed = new Set((options.allowedOrigins ?? []).map((o) => new URL(o).origin));

  function sameOrigin(c: Context, source: string): boolean {
    const origin = originOf(source);
    if (origin === undefined) return false;
    if (allowed.has(origin)) return true;
    const scheme = isHttps(c, options.trustProxy) ? 'https:' : 'http:';
    return origin === new URL(`${scheme}//${new URL(c.req.url).host}`).origin;
  }

  return function csrfCheck(c) {
    if (SAFE_METHODS.has(c.req.method)) return;
    if (/^Bearer\s/i.test(c.req.header('authorization') ?? '')) return;
    const origin = c.req.header('origin');
    const referer = c.req.header('referer');
    const source = origin ?? referer;
    if (source === undefined) {
      if (getCookie(c, cookieName) === undefined) return;
      throw new HttpProblem(403, 'csrf-origin-missing', say('http.csrfNoOrigin'));
    }
    if (!sameOrigin(c, source)) {
      throw new HttpProblem(
        403,
        'csrf-origin-mismatch',
        originOf(source)
          ? say('http.csrfMismatch', { origin: originOf(source) ?? '' })
          : say('http.csrfUnknownOrigin'),
      );
    }
  };
}

export function csrfOriginCheck(options: CsrfOptions = {}): MiddlewareHandler {
  const check = csrfCheck(options);
  return async function csrfOriginCheck(c, next) {
    check(c);
    return next();
  };
}
