// Resolves the caller once per request from `Authorization: Bearer` (checked first) or the session
// cookie, and sets c.var.user. It never refuses: requireUser / requireRole do. Disabled users are
// filtered in the same indexed join, so disabling someone takes effect on their next request.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Store } from '../db/database.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { findTokenUser } from './api-token.repository.ts';
import { credentialOf } from './credential.ts';
import { writeSessionCookie } from './session-cookie.ts';
import { findSessionUser } from './session.repository.ts';
import type { Clock } from '../cards/engine-ctx.ts';

export interface AuthenticateOptions {
  store: Store;
  now: Clock;
  trustProxy?: boolean;
}

export function authenticate(options: AuthenticateOptions): MiddlewareHandler<AppEnv> {
  const { store, trustProxy = false } = options;
  const { now } = options;
  return async function authenticate(c, next) {
    const credential = credentialOf(c);
    if (credential === null || credential?.kind === 'token') {
      const user = credential ? await findTokenUser(store, credential.secret, now()) : undefined;
      if (!user) {
        throw new HttpProblem(
          401,
          'invalid-token',
          say('auth.invalidToken'),
          {},
          { 'WWW-Authenticate': 'Bearer' },
        );
      }
      c.set('user', user);
      return next();
    }
    if (credential !== undefined) {
      const token = credential.secret;
      const at = now();
      const found = await findSessionUser(store, token, at);
      if (found) {
        c.set('user', found.user);
        if (found.refreshedExpiry)
          writeSessionCookie(c, token, found.refreshedExpiry, at, trustProxy);
      }
    }
    return next();
  };
}
