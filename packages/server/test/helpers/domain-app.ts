// The real app (the platform's createApp: authentication, CSRF, body limit, problem+json) over a
// test store, with the three fixture users signed in by bearer token.
import type { Hono } from 'hono';
import type { AppDeps } from '../../src/app.ts';
import type { AppEnv } from '../../src/app-env.ts';
import type { Store } from '../../src/db/database.ts';
import { createApiToken } from '../../src/auth/api-token.repository.ts';
import { testApp } from './app.ts';
import { admin, insertUsers, manager, viewer } from './fixtures.ts';
import type { Actor } from '../../src/cards/engine-ctx.ts';

const tokens = new WeakMap<Hono<AppEnv>, Map<string, string>>();

export async function domainTestApp(
  store: Store,
  options: { heartbeatMs?: number; deps?: Partial<AppDeps> } = {},
): Promise<Hono<AppEnv>> {
  await insertUsers(store);
  const { deps, ...events } = options;
  const app = testApp(store, { events: { poller: { intervalMs: 25 }, ...events }, ...deps });
  const byUser = new Map<string, string>();
  for (const actor of [admin, manager, viewer]) {
    byUser.set(actor.id, (await createApiToken(store, actor.id, 'tests', new Date())).token);
  }
  tokens.set(app, byUser);
  return app;
}

/** Headers that sign `actor` in on `app`. */
export function authHeaders(app: Hono<AppEnv>, actor: Actor): Record<string, string> {
  const token = tokens.get(app)?.get(actor.id);
  if (!token) throw new Error(`no token for ${actor.id}: build the app with domainTestApp`);
  return { authorization: `Bearer ${token}` };
}

export interface CallOptions {
  as?: Actor;
  body?: unknown;
  headers?: Record<string, string>;
  /** The client's cancel (an aborted signal: a client that went away). */
  signal?: AbortSignal;
}

/** One request through `app.request()`; JSON in, parsed JSON (or null) out. */
export async function call(
  app: Hono<AppEnv>,
  method: string,
  path: string,
  options: CallOptions = {},
) {
  const headers: Record<string, string> = {
    ...(options.as ? authHeaders(app, options.as) : {}),
    ...options.headers,
  };
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  const res = await app.request(path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const text = await res.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const json: any = text ? JSON.parse(text) : null;
  return { status: res.status, headers: res.headers, json };
}
