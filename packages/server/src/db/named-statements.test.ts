// PostgreSQL: statements run as named prepared statements (parsed once per connection), and a
// table changed underneath them by another process does not break the next request.
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openTempPostgres,
  PG_SKIP_TITLE,
  testDatabaseUrl,
  type TestStore,
} from '../../test/helpers/stores.ts';
import { writeTransaction } from './transaction.ts';

const url = testDatabaseUrl();

describe.skipIf(!url)('PostgreSQL named statements', () => {
  let t: TestStore & { schema: string };
  /** Another process's connection: changes the table behind the store's back. */
  let other: pg.Client;

  beforeEach(async () => {
    // One connection, so every statement below meets the prepared ones of the earlier ones.
    t = await openTempPostgres(url!, { poolMax: 1 });
    other = new pg.Client({ connectionString: url, options: `-c search_path=${t.schema}` });
    await other.connect();
    await other.query('create table gadgets (id text primary key, name text not null)');
    await other.query(`insert into gadgets values ('g1', 'Grinder')`);
  });
  afterEach(async () => {
    await other.end();
    await t.dispose();
  });

  const byId = (db: TestStore['store']['db'], id: string) =>
    sql<Record<string, unknown>>`select * from gadgets where id = ${id}`.execute(db);

  it('prepares a parameterised statement once and reuses it', async () => {
    await byId(t.store.db, 'g1');
    await byId(t.store.db, 'g1');
    const { rows } = await sql<{ name: string; statement: string }>`
      select name, statement from pg_prepared_statements`.execute(t.store.db);
    const mine = rows.filter((r) => r.statement.includes('from gadgets'));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.name).toMatch(/^sf\d+_/);
  });

  it('answers with the new columns after another process altered the table', async () => {
    expect((await byId(t.store.db, 'g1')).rows).toEqual([{ id: 'g1', name: 'Grinder' }]);
    await other.query('alter table gadgets add column colour text');
    expect((await byId(t.store.db, 'g1')).rows).toEqual([
      { id: 'g1', name: 'Grinder', colour: null },
    ]);
  });

  it('runs a write transaction again when its prepared statement went stale', async () => {
    await byId(t.store.db, 'g1');
    await other.query('alter table gadgets add column colour text');
    const retries: unknown[] = [];
    const row = await writeTransaction(
      t.store,
      async (trx) => {
        // After a write, so the stale statement runs inside the transaction (a plain read before
        // the first write runs outside it and simply runs again, as in the test above).
        await sql`update gadgets set name = 'Grinder II' where id = 'g1'`.execute(trx);
        return (await byId(trx, 'g1')).rows[0];
      },
      { onRetry: (_attempt, err) => retries.push(err) },
    );
    expect(row).toEqual({ id: 'g1', name: 'Grinder II', colour: null });
    expect(retries).toHaveLength(1);
    const { rows } = await other.query('select name from gadgets');
    expect(rows).toEqual([{ name: 'Grinder II' }]);
  });
});

// Without a database to run on, say so once (as the other PostgreSQL-only suites do).
if (!url) {
  describe('PostgreSQL named statements', () => {
    it.skip(PG_SKIP_TITLE, () => undefined);
  });
}
