// Admin users API: GET/POST /api/users, PATCH /api/users/:id; and the directory every signed-in
// person may read (names for assignees and the assignee filter).
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { accessChanged } from '../auth/access-changes.ts';
import { requireRole, requireUser } from '../auth/middleware.ts';
import type { ScryptParams } from '../auth/password.ts';
import type { Store } from '../db/database.ts';
import type { Clock } from '../cards/engine-ctx.ts';
import { parseJson } from '../http/parse-json.ts';
import { createUser, listDirectory, listUsers, updateUser } from './user.repository.ts';
import { registerUsersOperations } from './users.openapi.ts';
import { CreateUserBody, PatchUserBody } from './users.schemas.ts';

export interface UsersRoutesDeps {
  store: Store;
  now: Clock;
  /** Password hashing cost; defaults to OWASP_SCRYPT (tests lower it to stay fast). */
  hashParams?: ScryptParams;
}

export function usersRoutes(deps: UsersRoutesDeps): Hono<AppEnv> {
  const { store } = deps;
  const { now } = deps;
  const app = new Hono<AppEnv>();
  registerUsersOperations();
  const admin = requireRole('admin');

  app.get('/users/directory', requireUser, async (c) => c.json(await listDirectory(store)));
  app.get('/users', admin, async (c) => c.json(await listUsers(store)));

  app.post('/users', admin, async (c) => {
    const body = await parseJson(c, CreateUserBody);
    return c.json(await createUser(store, body, now(), deps.hashParams), 201);
  });

  app.patch('/users/:id', admin, async (c) => {
    const body = await parseJson(c, PatchUserBody);
    const updated = await updateUser(store, c.req.param('id'), body, deps.hashParams);
    // Disabled, demoted or given a new password: their open event streams check again now.
    accessChanged(store, c.req.param('id'));
    return c.json(updated);
  });

  return app;
}
