// POST/DELETE /api/session, GET /api/me, /api/tokens.
import { Hono } from 'hono';
import type { AppEnv, AuthUser } from '../app-env.ts';
import type { Store } from '../db/database.ts';
import type { Clock } from '../cards/engine-ctx.ts';
import { parseJson } from '../http/parse-json.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import type { LoginLimits } from '../http/rate-limit.ts';
import { clientIp } from '../http/rate-limit.ts';
import { accessChanged } from './access-changes.ts';
import {
  createApiToken,
  deleteApiToken,
  forgetTokenUsers,
  listApiTokens,
} from './api-token.repository.ts';
import { registerAuthOperations } from './auth.openapi.ts';
import { CreateTokenBody, LoginBody, PatchMeBody } from './auth.schemas.ts';
import { checkLogin } from './login.ts';
import { requireUser } from './middleware.ts';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from './session-cookie.ts';
import { createSession, deleteSessionByToken } from './session.repository.ts';

export interface AuthRoutesDeps {
  store: Store;
  now: Clock;
  trustProxy?: boolean;
  loginLimits?: LoginLimits;
}

export function authRoutes(deps: AuthRoutesDeps): Hono<AppEnv> {
  const { store, trustProxy = false } = deps;
  const { now } = deps;
  const app = new Hono<AppEnv>();
  registerAuthOperations();

  app.post('/session', async (c) => {
    const body = await parseJson(c, LoginBody);
    const at = now();
    const user = await checkLogin(
      store,
      { ...body, ip: clientIp(c, trustProxy) },
      at,
      deps.loginLimits,
    );
    // A new session id at every login; the one the browser had (if any) is dropped.
    const previous = readSessionCookie(c);
    if (previous !== undefined) {
      await deleteSessionByToken(store, previous);
      const previousUser = c.get('user') as AuthUser | undefined;
      if (previousUser) accessChanged(store, previousUser.id);
    }
    const { token, expiresAt } = await createSession(store, user.id, at);
    writeSessionCookie(c, token, expiresAt, at, trustProxy);
    return c.json({ user, expiresAt: expiresAt.toISOString() });
  });

  app.delete('/session', async (c) => {
    const token = readSessionCookie(c);
    if (token !== undefined) {
      await deleteSessionByToken(store, token);
      const user = c.get('user') as AuthUser | undefined;
      if (user) accessChanged(store, user.id);
    }
    clearSessionCookie(c, trustProxy);
    return c.body(null, 204);
  });

  app.get('/me', requireUser, (c) => c.json(c.get('user')));

  app.patch('/me', requireUser, async (c) => {
    const { locale } = await parseJson(c, PatchMeBody);
    const user = { ...c.get('user'), locale };
    await store.db.updateTable('users').set({ locale }).where('id', '=', user.id).execute();
    forgetTokenUsers(store);
    // Answer this very request in the language just chosen.
    c.set('user', user);
    return c.json(user);
  });

  app.post('/tokens', requireUser, async (c) => {
    const { name } = await parseJson(c, CreateTokenBody);
    return c.json(await createApiToken(store, c.get('user').id, name, now()), 201);
  });

  app.get('/tokens', requireUser, async (c) =>
    c.json(await listApiTokens(store, c.get('user').id)),
  );

  app.delete('/tokens/:id', requireUser, async (c) => {
    if (!(await deleteApiToken(store, c.get('user').id, c.req.param('id')))) {
      throw new HttpProblem(404, 'token-not-found', say('auth.noSuchToken'));
    }
    accessChanged(store, c.get('user').id);
    return c.body(null, 204);
  });

  return app;
}
