// Kysely's SQLite driver prepares every statement anew; a store runs the same few dozen
// statements all day. Handing it a database whose prepare() reuses statements saves the parse.
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

export function withStatementCache(db: BetterSqlite3.Database, maxEntries = 500): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    prepare(sql: string): SqliteStatement {
      let statement = cache.get(sql);
      if (!statement) {
        statement = db.prepare(sql);
        // Ad-hoc SQL (migrations, tests) must not grow the cache without bound: drop the oldest.
        if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement as unknown as SqliteStatement;
    },
    close() {
      cache.clear();
      db.close();
    },
  };
}
