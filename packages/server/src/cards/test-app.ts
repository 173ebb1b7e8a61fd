// The domain's routes behind a minimal app for tests: problem+json errors and a caller chosen by
// the `x-test-user` header (the platform's authenticate middleware resolves real sessions).
import { Hono } from 'hono';
import type { AppEnv, AuthUser } from '../app-env.ts';
import type { Store } from '../db/database.ts';
import { notFound, onError } from '../http/problem.ts';
import { boardRoutes } from '../board/board.routes.ts';
import { eventsRoutes } from '../events/events.routes.ts';
import { workflowsRoutes } from '../workflows/workflows.routes.ts';
import { cardsRoutes } from './cards.routes.ts';
import { admin, manager, viewer } from './test-fixtures.ts';
import type { Actor } from './engine-ctx.ts';

const users = new Map<string, AuthUser>(
  [admin, manager, viewer].map((a) => [
    a.id,
    { id: a.id, role: a.role, name: a.name ?? a.id, email: `${a.id}@example.test` },
  ]),
);

export function domainTestApp(store: Store, options: { heartbeatMs?: number } = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.notFound(notFound);
  app.use('*', async (c, next) => {
    const user = users.get(c.req.header('x-test-user') ?? '');
    if (user) c.set('user', user);
    await next();
  });
  app.route('/api', workflowsRoutes({ store }));
  app.route('/api', cardsRoutes({ store }));
  app.route('/api', boardRoutes({ store }));
  app.route('/api', eventsRoutes({ store, poller: { intervalMs: 25 }, ...options }));
  return app;
}

export interface CallOptions {
  as?: Actor;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One request through `app.request()`; JSON in, parsed JSON (or null) out. */
export async function call(
  app: Hono<AppEnv>,
  method: string,
  path: string,
  options: CallOptions = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.as) headers['x-test-user'] = options.as.id;
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  const res = await app.request(path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const json: any = text ? JSON.parse(text) : null;
  return { status: res.status, headers: res.headers, json };
}
