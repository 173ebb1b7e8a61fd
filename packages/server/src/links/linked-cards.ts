// The cards linked to a card, as the engine and the board read them: each with its stage named in
// the caller's language and the category its guards test.
import {
  findStage,
  stageLabel,
  workflowName,
  type Condition,
  type LinkedCard,
  type Locale,
  type WorkflowDefinition,
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

function conditionReadsLinks(c: Condition): boolean {
  if ('all' in c) return c.all.some(conditionReadsLinks);
  if ('any' in c) return c.any.some(conditionReadsLinks);
  if ('not' in c) return conditionReadsLinks(c.not);
  return 'linked' in c;
}

const readers = new WeakMap<WorkflowDefinition, boolean>();

/**
 * Whether any guard (or spawn condition) of the definition reads linked cards: only then does a
 * move read the links, so a plain move costs nothing more.
 */
export function readsLinks(definition: WorkflowDefinition): boolean {
  let reads = readers.get(definition);
  if (reads === undefined) {
    reads = definition.transitions.some(
      (t) =>
        (t.guard !== undefined && conditionReadsLinks(t.guard)) ||
        (t.effects ?? []).some(
          (e) => 'spawn' in e && e.spawn.when && conditionReadsLinks(e.spawn.when),
        ),
    );
    readers.set(definition, reads);
  }
  return reads;
}
