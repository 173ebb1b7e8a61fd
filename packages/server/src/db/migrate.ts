// Runs the in-code migrations to the latest version. Safe to call at every start.
import { Migrator } from 'kysely';
import type { Store } from './database.ts';
import { migrations } from './migrations/index.ts';

export async function migrateToLatest(store: Store): Promise<string[]> {
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrations },
    // PostgreSQL introspection sees every schema: name ours, or another schema's
    // kysely_migration table would be taken for this one.
    ...(store.schema ? { migrationTableSchema: store.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error !== undefined || failed) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`Database migration failed${name}: ${String(error)}`, { cause: error });
  }
  return (results ?? []).map((r) => r.migrationName);
}
