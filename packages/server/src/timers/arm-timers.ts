// Start-up: arms the timers open cards should have but do not (cards written before timers
// existed, or a definition that gained a timed transition). Timers already set or fired for the
// same stage entry are kept, so this is safe to run on every start, from every process.
import type { Store } from '../db/database.ts';
import { writeTransaction } from '../db/transaction.ts';
import { getDefinition } from '../workflows/definition-cache.ts';
import { armCardTimers } from './card-timers.ts';
import { armMissingEscalations } from '../sla/arm-escalations.ts';

export async function armMissingTimers(store: Store): Promise<void> {
  const versions = await store.db
    .selectFrom('workflow_versions')
    .select(['workflow_key', 'version'])
    .execute();
  for (const { workflow_key: key, version } of versions) {
    const definition = await getDefinition(store, store.db, key, version);
    if (!definition.transitions.some((t) => t.after)) continue;
    await writeTransaction(store, async (trx) => {
      const cards = await trx
        .selectFrom('cards')
        .select(['id', 'stage', 'entered_at', 'revision'])
        .where('workflow_key', '=', key)
        .where('workflow_version', '=', version)
        .execute();
      for (const card of cards) await armCardTimers(trx, definition, card);
    });
  }
  // And the SLA escalations open cards should have planned but do not.
  await armMissingEscalations(store);
}
