// Runs one test suite against every store: a fresh SQLite file per test, and a fresh PostgreSQL
// schema per test when TEST_DATABASE_URL is set (CI sets it; locally it says it was skipped).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from 'vitest';
import type { OpenDatabaseOptions, Store } from '../../src/db/database.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

export type TestDialect = 'sqlite' | 'postgres';

export interface StoreContext {
  readonly dialect: TestDialect;
  /** The current test's store (migrated, empty). Only valid inside a test or hook. */
  readonly store: Store;
}

export interface TestStore {
  store: Store;
  /** Closes the store and removes its file / schema. */
  dispose(): Promise<void>;
}

export const PG_SKIP_TITLE = 'PostgreSQL run skipped: TEST_DATABASE_URL not set';

export function testDatabaseUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL;
  return url !== undefined && url !== '' ? url : undefined;
}

/** A migrated SQLite store in a new temporary directory. */
export async function openTempSqlite(
  options: OpenDatabaseOptions = {},
): Promise<TestStore & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stageflow-test-'));
  const store = openDatabase({ ...options, dataDir });
  await migrateToLatest(store);
  return {
    store,
    dataDir,
    async dispose() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A migrated PostgreSQL store in its own new schema, dropped on dispose. */
export async function openTempPostgres(
  url: string,
  options: OpenDatabaseOptions = {},
): Promise<TestStore & { schema: string }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await withClient(url, (c) => c.query(`create schema ${schema}`));
  const store = openDatabase({ poolMax: 5, ...options, url, searchPath: schema });
  // Kysely's migrator introspects every schema; a schema dropped by a parallel test file at that
  // moment fails it ("schema does not exist"). Migrations hold a shared lock, drops an exclusive one.
  await withClient(url, async (c) => {
    await c.query('select pg_advisory_lock_shared($1)', [SCHEMA_DDL_LOCK]);
    await migrateToLatest(store);
  });
  return {
    store,
    schema,
    async dispose() {
      await store.close();
      await withClient(url, async (c) => {
        await c.query('select pg_advisory_lock($1)', [SCHEMA_DDL_LOCK]);
        await c.query(`drop schema ${schema} cascade`);
      });
    },
  };
}

const SCHEMA_DDL_LOCK = 7_243_002;

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL: one migrated schema per describe block (migrations cost ~0.3 s), emptied with
 * TRUNCATE … RESTART IDENTITY before each test, and a new Store (pool) per test, so every test
 * starts from a database that looks fresh.
 */
function postgresContext(url: string): StoreContext {
  let base: (TestStore & { schema: string }) | undefined;
  let tables: string[] = [];
  let current: Store | undefined;
  beforeAll(async () => {
    base = await openTempPostgres(url);
    // Only our own schema: introspecting every schema races with other suites dropping theirs.
    const { rows } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = ${base.schema}
    `.execute(base.store.db);
    tables = rows.map((r) => r.table_name).filter((name) => !name.startsWith('kysely_'));
  });
  afterAll(async () => {
    await base?.dispose();
  });
  beforeEach(async () => {
    const names = sql.join(tables.map((t) => sql.id(t)));
    await sql`truncate table ${names} restart identity cascade`.execute(base!.store.db);
    current = openDatabase({ poolMax: 5, url, searchPath: base!.schema });
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    dialect: 'postgres',
    get store(): Store {
      if (!current) throw new Error('The test store is only available inside a test or hook.');
      return current;
    },
  };
}

function storeContext(dialect: TestDialect, open: () => Promise<TestStore>): StoreContext {
  let current: TestStore | undefined;
  beforeEach(async () => {
    current = await open();
  });
  afterEach(async () => {
    await current?.dispose();
    current = undefined;
  });
  return {
    dialect,
    get store(): Store {
      if (!current) throw new Error('The test store is only available inside a test or hook.');
      return current.store;
    },
  };
}

/** Defines `name` once per store: `[sqlite]` always, `[postgres]` when TEST_DATABASE_URL is set. */
export function eachStore(name: string, fn: (ctx: StoreContext) => void): void {
  describe(`${name} [sqlite]`, () => {
    fn(storeContext('sqlite', () => openTempSqlite()));
  });
  const url = testDatabaseUrl();
  describe(`${name} [postgres]`, () => {
    if (url === undefined) {
      it.skipIf(true)(PG_SKIP_TITLE, () => undefined);
      return;
    }
    fn(postgresContext(url));
  });
}
