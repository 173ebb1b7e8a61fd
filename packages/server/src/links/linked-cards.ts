// The cards linked to a card, as the engine and the board read them: each with its stage named in
// the caller's language and the category its guards test.
import {
  findStage,
  readsLinks,
  stageLabel,
  workflowName,
  type LinkedCard,
  type Locale,
} from '@stageflow/engine';
import type { Kysely } from 'kysely';
import type { Store } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { getDefinition } from '../workflows/definition-cache.ts';
import { linkedRowsOf } from './card-link.repository.ts';

export async function linkedCardsOf(
  store: Store,
  db: Kysely<Database>,
  cardId: string,
  locale: Locale = 'en',
): Promise<LinkedCard[]> {
  const rows = await linkedRowsOf(db, cardId);
  const cards: LinkedCard[] = [];
  for (const row of rows) {
    const definition = await getDefinition(store, db, row.workflow_key, row.workflow_version);
    cards.push({
      id: row.id,
      title: row.title,
      workflow: row.workflow_key,
      workflowName: workflowName(definition, locale),
      stage: row.stage,
      stageLabel: stageLabel(definition, row.stage, locale),
      category: findStage(definition, row.stage)?.category ?? 'active',
      relation: row.relation,
    });
  }
  return cards;
}

/** Whether a definition's guards read linked cards (the engine decides; re-exported for the server). */
export { readsLinks };
