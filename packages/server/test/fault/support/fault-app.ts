// The real app (createApp) over a fresh SQLite store (or PostgreSQL schema) with the four built-in lifecycles installed
// and a signed-in manager, admin and viewer. Requests go through app.request().
import type { Hono } from 'hono';
import type { AppEnv } from '../../../src/app-env.ts';
import type { Store } from '../../../src/db/database.ts';
import { installBuiltins } from '../../../src/workflows/install-builtins.ts';
import { addUser, signIn, testApp, type Caller, type TestUser } from '../../helpers/app.ts';
import { openTempPostgres, openTempSqlite, testDatabaseUrl } from '../../helpers/stores.ts';
import { seedSampleRecords } from './sample-cards.ts';

export interface FaultApp {
  app: Hono<AppEnv>;
  store: Store;
  users: Record<'manager' | 'admin' | 'viewer', TestUser & { caller: Caller }>;
  dispose(): Promise<void>;
}

export type FaultDialect = 'sqlite' | 'postgres';

/** The dialects to run on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const FAULT_DIALECTS: { dialect: FaultDialect; skip: string | false }[] = [
  { dialect: 'sqlite', skip: false },
  {
    dialect: 'postgres',
    skip: testDatabaseUrl() ? false : 'PostgreSQL run skipped: TEST_DATABASE_URL not set',
  },
];

export async function openFaultApp(dialect: FaultDialect = 'sqlite'): Promise<FaultApp> {
  const url = testDatabaseUrl();
  const temp = dialect === 'postgres' && url ? await openTempPostgres(url) : await openTempSqlite();
  await installBuiltins(temp.store);
  await seedSampleRecords(temp.store);
  // The model knows nothing of the per-user request budget (tested on its own): thousands of
  // requests a run would otherwise meet a 429 once the move path got fast enough to spend it.
  const app = testApp(temp.store, { requestRateLimit: false });
  const signedIn = async (role: 'manager' | 'admin' | 'viewer') => {
    const user = await addUser(temp.store, role);
    return { ...user, caller: await signIn(app, user) };
  };
  return {
    app,
    store: temp.store,
    users: {
      manager: await signedIn('manager'),
      admin: await signedIn('admin'),
      viewer: await signedIn('viewer'),
    },
    dispose: () => temp.dispose(),
  };
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

function parseOrNull(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** One request with any body (raw text, stream or JSON value); never throws on odd answers. */
export async function request(
  app: Hono<AppEnv>,
  method: string,
  path: string,
  options: {
    caller?: Caller;
    headers?: Record<string, string>;
    body?: string | ReadableStream<Uint8Array>;
    json?: unknown;
  } = {},
): Promise<RawResponse> {
  const headers: Record<string, string> = { ...options.caller?.headers, ...options.headers };
  let body = options.body;
  if (options.json !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = JSON.stringify(options.json);
  }
  const init: RequestInit & { duplex?: 'half' } = { method, headers, body };
  if (body instanceof ReadableStream) init.duplex = 'half';
  const res = await app.request(path, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: parseOrNull(text) };
}
