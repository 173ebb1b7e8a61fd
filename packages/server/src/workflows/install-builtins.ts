// The four built-in lifecycles, installed as version 1 the first time a database is opened.
// Existing workflows are left alone (an admin may have published newer versions).
import { builtinWorkflows } from '@stageflow/engine';
import type { Store } from '../db/database.ts';
import { writeTransaction } from '../db/transaction.ts';
import { appendChange } from '../events/change-feed.ts';
import { findWorkflowRow, insertVersionRow, insertWorkflowRow } from './workflow.repository.ts';

/** Who published the built-ins (not a user row). */
export const SYSTEM_ACTOR_ID = 'system';

/** Installs missing built-ins; returns the keys it installed. */
export async function installBuiltins(
  store: Store,
  at = new Date().toISOString(),
): Promise<string[]> {
  return writeTransaction(
    store,
    async (trx) => {
      const installed: string[] = [];
      for (const builtin of builtinWorkflows) {
        if (await findWorkflowRow(trx, builtin.key)) continue;
        const definition = { ...builtin, version: 1 };
        await insertWorkflowRow(trx, {
          key: definition.key,
          name: definition.name,
          latest_version: 1,
          created_at: at,
          updated_at: at,
        });
        await insertVersionRow(trx, {
          workflow_key: definition.key,
          version: 1,
          definition: JSON.stringify(definition),
          published_by: SYSTEM_ACTOR_ID,
          published_at: at,
        });
        await appendChange(trx, {
          at,
          kind: 'workflow.published',
          workflowKey: definition.key,
          payload: { version: 1, name: definition.name, publishedBy: SYSTEM_ACTOR_ID },
        });
        installed.push(definition.key);
      }
      return installed;
    },
    { locks: builtinWorkflows.map((b) => `workflow:${b.key}`) },
  );
}
