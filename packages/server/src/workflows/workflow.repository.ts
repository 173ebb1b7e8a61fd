// Workflow rows and their immutable versions. Plain functions, `db` first (a Kysely or a transaction).
import type { Kysely } from 'kysely';
import type { Database, WorkflowRow, WorkflowVersionRow } from '../db/schema.ts';

import { canBeStoredKey } from '../cards/card.repository.ts';

type Db = Kysely<Database>;

export function listWorkflowRows(db: Db): Promise<WorkflowRow[]> {
  return db.selectFrom('workflows').selectAll().orderBy('key').execute();
}

export async function findWorkflowRow(db: Db, key: string): Promise<WorkflowRow | undefined> {
  if (!canBeStoredKey(key)) return undefined;
  return db.selectFrom('workflows').selectAll().where('key', '=', key).executeTakeFirst();
}

export function findVersionRow(
  db: Db,
  key: string,
  version: number,
): Promise<WorkflowVersionRow | undefined> {
  return db
    .selectFrom('workflow_versions')
    .selectAll()
    .where('workflow_key', '=', key)
    .where('version', '=', version)
    .executeTakeFirst();
}

export type VersionSummary = Omit<WorkflowVersionRow, 'definition'>;

export function listVersionSummaries(db: Db, key: string): Promise<VersionSummary[]> {
  return db
    .selectFrom('workflow_versions')
    .select(['workflow_key', 'version', 'published_by', 'published_at'])
    .where('workflow_key', '=', key)
    .orderBy('version')
    .execute();
}

export async function insertWorkflowRow(db: Db, row: WorkflowRow): Promise<void> {
  await db.insertInto('workflows').values(row).execute();
}

export async function insertVersionRow(db: Db, row: WorkflowVersionRow): Promise<void> {
  await db.insertInto('workflow_versions').values(row).execute();
}

/**
 * Moves `latest_version` from `expected` to `next`, only if nobody else did first.
 * Returns false when another publish won the race.
 */
export async function advanceLatestVersion(
  db: Db,
  key: string,
  expected: number,
  next: { version: number; name: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('workflows')
    .set({ latest_version: next.version, name: next.name, updated_at: next.at })
    .where('key', '=', key)
    .where('latest_version', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
