// The four built-in lifecycles. The first time a database is opened they are installed as version
// 1. When a built-in changes in a later release (the warranty claim moving onto equipment units),
// it is published as the next version — but only while every version so far is the system's own:
// a workflow an admin has published is theirs, and is left alone. Cards stay on their version.
import { builtinWorkflows, type WorkflowDefinition } from '@stageflow/engine';
import type { Store } from '../db/database.ts';
import { writeTransaction, type WriteTx } from '../db/transaction.ts';
import { appendChange } from '../events/change-feed.ts';
import {
  advanceLatestVersion,
  findVersionRow,
  findWorkflowRow,
  insertVersionRow,
  insertWorkflowRow,
  listVersionSummaries,
} from './workflow.repository.ts';
import { refreshActiveStages } from '../reports/started-at.ts';

/** Who published the built-ins (not a user row). */
export const SYSTEM_ACTOR_ID = 'system';

/** The definition without its version number, to compare contents across versions. */
const contentOf = (definition: WorkflowDefinition) => JSON.stringify({ ...definition, version: 0 });

async function publish(trx: WriteTx, definition: WorkflowDefinition, at: string): Promise<void> {
  await insertVersionRow(trx, {
    workflow_key: definition.key,
    version: definition.version,
    definition: JSON.stringify(definition),
    published_by: SYSTEM_ACTOR_ID,
    published_at: at,
  });
  await refreshActiveStages(trx, definition.key);
  await appendChange(trx, {
    at,
    kind: 'workflow.published',
    workflowKey: definition.key,
    payload: {
      version: definition.version,
      name: definition.name,
      publishedBy: SYSTEM_ACTOR_ID,
    },
  });
}

/** A newer built-in for a workflow only the system has published, or null. */
async function upgradeFor(trx: WriteTx, builtin: WorkflowDefinition, latest: number) {
  const versions = await listVersionSummaries(trx, builtin.key);
  if (versions.some((v) => v.published_by !== SYSTEM_ACTOR_ID)) return null;
  const stored = await findVersionRow(trx, builtin.key, latest);
  if (!stored) return null;
  const current = JSON.parse(stored.definition) as WorkflowDefinition;
  if (contentOf(current) === contentOf(builtin)) return null;
  return { ...builtin, version: latest + 1 };
}

/** Installs missing built-ins and upgrades untouched ones; returns the keys it published. */
export async function installBuiltins(
  store: Store,
  at = new Date().toISOString(),
): Promise<string[]> {
  return writeTransaction(
    store,
    async (trx) => {
      const published: string[] = [];
      for (const builtin of builtinWorkflows) {
        const existing = await findWorkflowRow(trx, builtin.key);
        if (!existing) {
          const definition = { ...builtin, version: 1 };
          await insertWorkflowRow(trx, {
            key: definition.key,
            name: definition.name,
            latest_version: 1,
            created_at: at,
            updated_at: at,
          });
          await publish(trx, definition, at);
          published.push(definition.key);
          continue;
        }
        const next = await upgradeFor(trx, builtin, existing.latest_version);
        if (!next) continue;
        await publish(trx, next, at);
        await advanceLatestVersion(trx, next.key, existing.latest_version, {
          version: next.version,
          name: next.name,
          at,
        });
        published.push(next.key);
      }
      return published;
    },
    { locks: builtinWorkflows.map((b) => `workflow:${b.key}`) },
  );
}
