// The real app over a test store, plus signed-in callers. Requests go through app.request().
import type { Hono } from 'hono';
import type { AppDeps } from '../../src/app.ts';
import { createApp } from '../../src/app.ts';
import type { AppEnv, Role } from '../../src/app-env.ts';
import type { ScryptParams } from '../../src/auth/password.ts';
import type { Store } from '../../src/db/database.ts';
import { createUser } from '../../src/users/user.repository.ts';
import type { AdminUser } from '@stageflow/api';

/** Test accounts hash at a lower scrypt cost so suites stay fast; production uses OWASP_SCRYPT. */
export const TEST_HASH: ScryptParams = { N: 2 ** 12, r: 8, p: 1 };
export const TEST_ORIGIN = 'http://localhost';

export function testApp(store: Store, deps: Partial<AppDeps> = {}): Hono<AppEnv> {
  return createApp({ store, boardDir: false, hashParams: TEST_HASH, ...deps });
}

export interface TestUser extends AdminUser {
  password: string;
}

let counter = 0;

export async function addUser(
  store: Store,
  role: Role,
  email?: string,
  password = 'correct horse battery',
): Promise<TestUser> {
  counter += 1;
  const user = await createUser(
    store,
    {
      email: email ?? `${role}${counter}@example.test`,
      name: `${role} ${counter}`,
      role,
      password,
    },
    new Date(),
    TEST_HASH,
  );
  return { ...user, password };
}

export interface Caller {
  /** Headers that authenticate this caller for any method (cookie + same Origin, or bearer). */
  headers: Record<string, string>;
}

/** Signs in through POST /api/session and returns the session cookie as a caller. */
export async function signIn(
  app: Hono<AppEnv>,
  user: { email: string; password: string },
): Promise<Caller> {
  const res = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: TEST_ORIGIN },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed with ${res.status}: ${await res.text()}`);
  const cookie = /sf_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error('sign-in set no sf_session cookie');
  return { headers: { cookie: `sf_session=${cookie}`, origin: TEST_ORIGIN } };
}

/** Creates an API token with the caller's session and returns a bearer caller. */
export async function bearer(app: Hono<AppEnv>, session: Caller, name = 'script'): Promise<Caller> {
  const res = await app.request('/api/tokens', {
    method: 'POST',
    headers: { ...session.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  if (res.status !== 201)
    throw new Error(`token creation failed with ${res.status}: ${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  return { headers: { authorization: `Bearer ${token}` } };
}

/** One JSON request as `caller` (or anonymous). */
export async function send(
  app: Hono<AppEnv>,
  method: string,
  path: string,
  options: { as?: Caller; body?: unknown; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...options.as?.headers, ...options.headers };
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  const res = await app.request(path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  const json: unknown = text ? JSON.parse(text) : null;
  return {
    status: res.status,
    headers: res.headers,
    json: json as Record<string, unknown> & unknown[],
  };
}
