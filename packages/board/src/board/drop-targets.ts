// What the engine's moves mean for each column while a card is dragged.
import type { Move, PersistedCard, StageDef } from '@stageflow/engine';
import type { BoardCard } from '../api/types.ts';
import type { CheckResult } from './move-machine.ts';
import { boardT } from '../i18n/i18n.ts';

export type DropState = 'home' | 'allowed' | 'blocked' | 'unrelated';

export interface DropTarget {
  state: DropState;
  /** Why not (blocked), in the engine's words. */
  reason?: string;
  /** Fields the move will ask for (allowed, but still empty on the card). */
  asks?: string[];
  /** What the move does to the SLA clock ("Pauses the clock", "Breaches in 3h"). */
  clock?: string;
}

/**
 * The engine's input for a card the board holds: `moves()` reads the stage and the fields (every
 * field is on the board), so drop targets are decided here, at once, with no request.
 */
export function cardSnapshot(card: BoardCard): PersistedCard {
  return {
    value: card.stage,
    context: { fields: card.fields, enteredAt: card.enteredAt, dueAt: card.dueAt },
    status: 'active',
  };
}

export function dropTargets(
  moves: Move[],
  stages: StageDef[],
  from: string,
): Map<string, DropTarget> {
  const targets = new Map<string, DropTarget>();
  for (const stage of stages) {
    if (stage.key === from) {
      targets.set(stage.key, { state: 'home' });
      continue;
    }
    const into = moves.filter((m) => m.to === stage.key);
    const allowed = into.find((m) => m.allowed);
    if (allowed) targets.set(stage.key, { state: 'allowed', asks: allowed.missing });
    else if (into[0])
      targets.set(stage.key, {
        state: 'blocked',
        reason: into[0].reason ?? boardT()('moves.notAllowed'),
      });
    else targets.set(stage.key, { state: 'unrelated' });
  }
  return targets;
}

/** The move a drop on `to` (or a drawer button for `event`) means. */
export function chooseMove(
  moves: Move[],
  to: string,
  labels: { from: string; to: string },
  event?: string,
): CheckResult {
  const candidates = moves.filter((m) => m.to === to && (event === undefined || m.event === event));
  const allowed = candidates.find((m) => m.allowed);
  if (allowed) return { ok: true, move: allowed };
  const refused = candidates[0];
  if (refused)
    return {
      ok: false,
      reason: refused.reason ?? boardT()('moves.notPossibleNow', { move: refused.label }),
    };
  return { ok: false, reason: boardT()('moves.noMove', labels) };
}
