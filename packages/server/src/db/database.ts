// Opens the store: SQLite (embedded default) or PostgreSQL (DATABASE_URL=postgres://…).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DbAdapter } from './adapter.ts';
import { postgresAdapter, sqliteAdapter } from './adapter.ts';
import { settleFlushes } from './change-outbox.ts';
import { settleSyncSearchIndex } from './search-index.ts';
import type { Database } from './schema.ts';
import { LazyTransactionClient } from './pg-client.ts';
import { withStatementCache, type DirectSqlite } from './statement-cache.ts';
import { FALLBACK_CHECKPOINT_PAGES, startCheckpointer } from './sqlite-checkpointer.ts';

export interface Store {
  db: Kysely<Database>;
  adapter: DbAdapter;
  /**
   * SQLite: the one connection's statements, called synchronously. Only a write transaction
   * (which holds the connection) uses it, for fixed statements (db/prepared-sql.ts).
   */
  direct?: DirectSqlite;
  close(): Promise<void>;
  /** PostgreSQL: the schema the tables live in (for the migrator's bookkeeping tables). */
  schema?: string;
  /**
   * PostgreSQL: LISTEN on `channel` over a dedicated connection (not one of the pool's); `onNotify`
   * gets each payload, `onLost` is called once if the connection drops. Resolves to unlisten.
   */
  listen?(channel: string, handlers: ListenHandlers): Promise<() => Promise<void>>;
}

export interface ListenHandlers {
  onNotify(payload: string): void;
  onLost(err: unknown): void;
}

export interface OpenDatabaseOptions {
  /** postgres://… or postgresql://… → PostgreSQL; ':memory:' or a file path → SQLite. */
  url?: string;
  /** SQLite file lives at `<dataDir>/stageflow.db` (default ./data). */
  dataDir?: string;
  /** SQLite durability: NORMAL (default, WAL-safe) or FULL (fsync on every commit). */
  synchronous?: 'NORMAL' | 'FULL';
  /**
   * SQLite: who copies the write-ahead log into the database file. 'commit' (default): the
   * committing connection, inside the COMMIT that fills the log. 'background': a worker thread
   * (db/sqlite-checkpointer.ts), so no request waits for it; the server runs this way.
   */
  checkpoints?: 'commit' | 'background';
  /** SQLite: how long a writer waits for the lock before SQLITE_BUSY (default 5000 ms). */
  busyTimeoutMs?: number;
  /** PostgreSQL: schema to use instead of public (tests give each run its own). */
  searchPath?: string;
  /** PostgreSQL: pool size (default 10). */
  poolMax?: number;
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

export function openDatabase(options: OpenDatabaseOptions = {}): Store {
  return isPostgresUrl(options.url) ? openPostgres(options.url, options) : openSqlite(options);
}

export function sqliteFilePath(options: OpenDatabaseOptions): string {
  if (options.url !== undefined && options.url !== '') return options.url;
  const dataDir = options.dataDir ?? './data';
  if (dataDir === ':memory:') return ':memory:';
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, 'stageflow.db');
}

function openSqlite(options: OpenDatabaseOptions): Store {
  const file = sqliteFilePath(options);
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`synchronous = ${options.synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
  const checkpointer =
    options.checkpoints === 'background' && file !== ':memory:'
      ? startCheckpointer({ file })
      : undefined;
  if (checkpointer) sqlite.pragma(`wal_autocheckpoint = ${FALLBACK_CHECKPOINT_PAGES}`);
  const direct = withStatementCache(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: direct }) });
  const closeDb = closeOnce(db);
  // The worker's connection closes first, so the last one to close (ours) checkpoints the whole
  // log and removes it, as a single connection does.
  const closeAll = checkpointer ? () => checkpointer.stop().then(closeDb) : closeDb;
  const store: Store = {
    db,
    adapter: sqliteAdapter,
    direct,
    close: async () => {
      await settleSyncSearchIndex(store);
      await closeAll();
    },
  };
  return store;
}

function openPostgres(url: string, options: OpenDatabaseOptions): Store {
  const pool = new pg.Pool({
    // Statements are prepared once per connection (named-statements.ts); a write transaction's
    // BEGIN and deferrable write go out with the statements next to them (pg-client.ts), which
    // needs pg's pipeline mode (queries sent before the previous one is answered).
    Client: LazyTransactionClient,
    pipeline: true,
    connectionString: url,
    max: options.poolMax ?? 10,
    // pg returns int8 (count(*), identity keys) and numeric as strings; ours fit in a double.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID || oid === NUMERIC_OID
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const listeners = new Set<pg.Client>();
  const closeDb = closeOnce(db);
  const store: Store = {
    db,
    adapter: postgresAdapter,
    close: async () => {
      await Promise.all([settleFlushes(store), settleSyncSearchIndex(store)]);
      await Promise.all([...listeners].map((client) => client.end().catch(() => undefined)));
      await closeDb();
    },
    schema: options.searchPath ?? 'public',
    listen: async (channel, handlers) => {
      const client = new pg.Client({ connectionString: url });
      let lost = false;
      const drop = (err: unknown) => {
        if (lost) return;
        lost = true;
        listeners.delete(client);
        handlers.onLost(err);
      };
      client.on('error', drop);
      client.on('end', () => drop(new Error('LISTEN connection ended')));
      client.on('notification', (message) => handlers.onNotify(message.payload ?? ''));
      await client.connect();
      listeners.add(client);
      await client.query(`listen ${client.escapeIdentifier(channel)}`);
      return async () => {
        lost = true;
        listeners.delete(client);
        await client.end().catch(() => undefined);
      };
    },
  };
  return store;
}

/** close() may be called more than once (shutdown paths, tests); the pool is ended once. */
function closeOnce(db: Kysely<Database>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= db.destroy());
}
