// A PostgreSQL database of its own for tests that start server processes (which take a plain
// DATABASE_URL), created from TEST_DATABASE_URL and dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ScratchDatabase {
  url: string;
  query<T extends pg.QueryResultRow>(text: string): Promise<T[]>;
  drop(): Promise<void>;
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(testUrl: string): Promise<ScratchDatabase> {
  const name = `stageflow_fault_${randomBytes(5).toString('hex')}`;
  await admin(testUrl, (c) => c.query(`create database ${name}`));
  const url = new URL(testUrl);
  url.pathname = `/${name}`;
  const reader = new pg.Client({ connectionString: url.toString() });
  await reader.connect();
  return {
    url: url.toString(),
    async query<T extends pg.QueryResultRow>(text: string) {
      return (await reader.query<T>(text)).rows;
    },
    async drop() {
      await reader.end();
      await admin(testUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}
