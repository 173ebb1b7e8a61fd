export type { DbAdapter } from './adapter.ts';
export type { OpenDatabaseOptions, Store } from './database.ts';
export { openDatabase, isPostgresUrl } from './database.ts';
export { migrateToLatest } from './migrate.ts';
export type { Database } from './schema.ts';
export type { WriteTx, WriteTransactionOptions } from './transaction.ts';
export { writeTransaction } from './transaction.ts';
