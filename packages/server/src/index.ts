// @stageflow/server: what other packages (bench, fault tests) use.
export type { AppEnv, AuthUser, Role } from './app-env.ts';
export type { AppDeps } from './app.ts';
export { createApp } from './app.ts';
export type { ServerConfig } from './config.ts';
export { readConfig } from './config.ts';
export type { RunningServer } from './start.ts';
export { startServer } from './start.ts';
export type { DbAdapter } from './db/adapter.ts';
export type { OpenDatabaseOptions, Store } from './db/database.ts';
export { openDatabase } from './db/database.ts';
export { migrateToLatest } from './db/migrate.ts';
export type { Database } from './db/schema.ts';
export type { WriteTransactionOptions, WriteTx } from './db/transaction.ts';
export { writeTransaction } from './db/transaction.ts';
export { HttpProblem } from './http/problem.ts';
export { OWASP_SCRYPT } from './auth/password.ts';
export { createUser } from './users/user.repository.ts';
