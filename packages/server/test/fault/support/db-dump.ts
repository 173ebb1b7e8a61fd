// Every row of every table, as one comparable value: "nothing in the database changed" is
// `expect(await dumpDatabase(store)).toEqual(before)`.
import { sql } from 'kysely';
import type { Store } from '../../../src/db/database.ts';

export type Dump = Record<string, unknown[]>;

/** Bookkeeping that reading with a session may touch; not part of what a request may change. */
const IGNORED_COLUMNS: Record<string, string[]> = {
  sessions: ['expires_at'],
  api_tokens: ['last_used_at'],
};

async function tableNames(store: Store): Promise<string[]> {
  const { rows } =
    store.adapter.dialect === 'sqlite'
      ? await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(
          store.db,
        )
      : await sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(
          store.db,
        );
  return rows.map((r) => r.name);
}

export async function dumpDatabase(store: Store): Promise<Dump> {
  const dump: Dump = {};
  for (const table of await tableNames(store)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
      store.db,
    );
    const ignored = IGNORED_COLUMNS[table] ?? [];
    const cleaned = rows.map((row) =>
      Object.fromEntries(Object.entries(row).filter(([k]) => !ignored.includes(k))),
    );
    // Order-independent: rows sorted by their JSON text.
    dump[table] = cleaned
      .map((row) => JSON.stringify(row))
      .sort()
      .map((text) => JSON.parse(text) as unknown);
  }
  return dump;
}
