// Kysely's SQLite driver prepares every statement anew; a store runs the same few dozen
// statements all day. Handing it a database whose prepare() reuses statements saves the parse.
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** The cached statements, as Kysely's driver and the direct calls of a write transaction use them. */
export interface DirectSqlite extends SqliteDatabase {
  statement(sql: string): BetterSqlite3.Statement;
}

export function withStatementCache(db: BetterSqlite3.Database, maxEntries = 500): DirectSqlite {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const statement = (sql: string): BetterSqlite3.Statement => {
    let cached = cache.get(sql);
    if (!cached) {
      cached = db.prepare(sql);
      // Ad-hoc SQL (migrations, tests) must not grow the cache without bound: drop the oldest.
      if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
      cache.set(sql, cached);
    }
    return cached;
  };
  return {
    statement,
    prepare: (sql: string) => statement(sql) as unknown as SqliteStatement,
    close() {
      cache.clear();
      db.close();
    },
  };
}
