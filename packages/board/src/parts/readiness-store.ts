// Which cards of the open board have parts lines, and which of those lines still wait for stock:
// fetched from the server and handed to the board's engine as `Ctx.parts`, so a drag out of
// Awaiting parts lights up exactly when the server would allow it.
import type { PartsFacts } from '@stageflow/engine';
import { useSyncExternalStore } from 'react';
import { getReadiness } from './parts-api.ts';

let loaded: { workflow: string; cards: Record<string, PartsFacts> } | null = null;
const listeners = new Set<() => void>();
let version = 0;

/** Loads (or reloads) the facts for a workflow's cards; failures keep what was there. */
export async function loadReadiness(workflow: string): Promise<void> {
  try {
    const { cards } = await getReadiness(workflow);
    loaded = { workflow, cards };
    version += 1;
    for (const listener of listeners) listener();
  } catch {
    // The board still works: the server judges the move.
  }
}

/** The facts of one card; a card without lines has nothing waiting. Undefined until loaded. */
export function partsFactsFor(workflow: string, cardId: string): PartsFacts | undefined {
  if (loaded?.workflow !== workflow) return undefined;
  return loaded.cards[cardId] ?? { lines: 0, short: [] };
}

export function useReadinessVersion(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
}
