// The SLA clocks of recently moved cards, per store and process: a move plans its escalations by
// adding its one stage entry to the clocks of the card's previous entry (advanceSlaClocks) instead
// of reading and folding the card's whole history on every move. An entry describes a committed
// revision (it is set after commit) and is used only for that exact revision, stage entry and
// definition; anything else (another process moved the card, an edit, a migration) reads the
// history as before.
import type { EscalationPlan, SlaClocks, WorkflowDefinition } from '@stageflow/engine';
import type { Store } from '../db/database.ts';
import type { CardRow } from '../db/schema.ts';

export type ClockedCard = Pick<CardRow, 'id' | 'revision' | 'stage' | 'entered_at'>;

interface Entry {
  revision: number;
  stage: string;
  enteredAt: string;
  definition: WorkflowDefinition;
  clocks: SlaClocks;
  /** The escalations planned at that revision (its waiting rows, unless fired since). */
  plans: EscalationPlan[];
}

export interface KeptClocks {
  clocks: SlaClocks;
  plans: EscalationPlan[];
}

const MAX_CARDS = 10_000;
const caches = new WeakMap<Store, Map<string, Entry>>();

function cacheOf(store: Store): Map<string, Entry> {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new Map()));
  return cache;
}

/** The clocks kept for the card exactly as it is (revision, stage entry, definition), if any. */
export function keptClocks(
  store: Store,
  card: ClockedCard,
  definition: WorkflowDefinition,
): KeptClocks | undefined {
  const kept = cacheOf(store).get(card.id);
  if (
    !kept ||
    kept.revision !== card.revision ||
    kept.stage !== card.stage ||
    kept.enteredAt !== card.entered_at ||
    kept.definition !== definition
  ) {
    return undefined;
  }
  return kept;
}

/** Keeps the clocks of a committed card revision (the oldest card is forgotten past the bound). */
export function keepClocks(
  store: Store,
  card: ClockedCard,
  definition: WorkflowDefinition,
  { clocks, plans }: KeptClocks,
): void {
  const cache = cacheOf(store);
  cache.delete(card.id);
  if (cache.size >= MAX_CARDS) cache.delete(cache.keys().next().value as string);
  cache.set(card.id, {
    revision: card.revision,
    stage: card.stage,
    enteredAt: card.entered_at,
    definition,
    clocks,
    plans,
  });
}
