// Start-up: plans the escalations of open cards that have none yet (cards written before
// escalations existed, or on a workflow that gained them). Rows already planned or fired are kept,
// so this is safe to run on every start, from every process.
import { escalationsFor, type WorkflowDefinition } from '@stageflow/engine';
import type { Store } from '../db/database.ts';
import { writeTransaction } from '../db/transaction.ts';
import { getDefinition } from '../workflows/definition-cache.ts';
import { insertEscalations } from './escalation.repository.ts';
import { escalatesOnSla } from './plan-escalations.ts';
import { stageLogsOfCards } from './stage-log.query.ts';

/** Cards per transaction (and per `IN (…)` list, well inside SQLite's parameter limit). */
const CHUNK = 500;

export async function armMissingEscalations(store: Store): Promise<void> {
  const versions = await store.db
    .selectFrom('workflow_versions')
    .select(['workflow_key', 'version'])
    .execute();
  for (const { workflow_key: key, version } of versions) {
    const definition = await getDefinition(store, store.db, key, version);
    if (escalatesOnSla(definition)) await armVersion(store, definition, key, version);
  }
}

async function armVersion(
  store: Store,
  definition: WorkflowDefinition,
  key: string,
  version: number,
) {
  const closed = definition.stages
    .filter((s) => s.category === 'done' || s.category === 'cancelled')
    .map((s) => s.key);
  let after = '';
  for (;;) {
    let query = store.db
      .selectFrom('cards')
      .select('id')
      .where('workflow_key', '=', key)
      .where('workflow_version', '=', version)
      .where('id', '>', after)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('sla_escalations')
              .select('sla_escalations.id')
              .whereRef('sla_escalations.card_id', '=', 'cards.id'),
          ),
        ),
      )
      .orderBy('id')
      .limit(CHUNK);
    if (closed.length > 0) query = query.where('stage', 'not in', closed);
    const ids = (await query.execute()).map((r) => r.id);
    if (ids.length === 0) return;
    after = ids.at(-1)!;
    const logs = await stageLogsOfCards(store.db, ids);
    await writeTransaction(store, async (trx) => {
      for (const id of ids) {
        await insertEscalations(trx, id, escalationsFor(definition, logs.get(id) ?? []));
      }
    });
  }
}
