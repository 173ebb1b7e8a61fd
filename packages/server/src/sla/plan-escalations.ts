// Plans a card's SLA escalations in its write transaction, from its stage history and the
// definition it runs on: a move (or a migration to a new version) replaces the waiting rows, so a
// clock that paused drops its plan and one that resumed gets the new instant. Fired rows stay.
// A move of a card this process moved last continues its kept clocks (sla-clock-cache.ts) instead
// of reading the history; the plan is the same either way.
import {
  advanceSlaClocks,
  escalationClocks,
  escalationsAt,
  type SlaClocks,
  type StageEntry,
  type WorkflowDefinition,
} from '@stageflow/engine';
import { onCommitted, storeOf, type WriteTx } from '../db/transaction.ts';
import { deleteWaitingEscalations, insertEscalations } from './escalation.repository.ts';
import { keepClocks, keptClocks, type ClockedCard } from './sla-clock-cache.ts';
import { stageLogOfCard } from './stage-log.query.ts';

export const escalatesOnSla = (definition: WorkflowDefinition): boolean =>
  definition.slaPolicy?.targets.some((t) => t.escalate) ?? false;

export async function planCardEscalations(
  trx: WriteTx,
  definition: WorkflowDefinition,
  card: ClockedCard,
  options: {
    /** Drop the waiting rows first (a new stage entry or a new definition). */
    replace: boolean;
    /** The card moved to another definition version, which may have dropped its escalations. */
    newDefinition?: boolean;
    /** The history when the caller has it (a card being created has no history row yet). */
    entries?: StageEntry[];
    /**
     * A move under the same definition: the card as it was, and the stage entry the move's
     * history row adds (null when it stays in its stage).
     */
    move?: { before: ClockedCard; entry: StageEntry | null };
  },
): Promise<void> {
  const escalates = escalatesOnSla(definition);
  // A definition without escalations can have waiting rows only from an earlier version: a plain
  // move on it skips the delete (the move path stays one statement shorter).
  if (options.replace && (escalates || options.newDefinition))
    await deleteWaitingEscalations(trx, card.id);
  if (!escalates) return;
  const clocks =
    continuedClocks(trx, definition, options) ??
    escalationClocks(definition, options.entries ?? (await stageLogOfCard(trx, card.id)));
  await insertEscalations(trx, card.id, escalationsAt(definition, clocks));
  const store = storeOf(trx);
  if (store) onCommitted(trx, () => keepClocks(store, card, definition, clocks));
}

/** The kept clocks of the card before the move, plus the move's stage entry; or undefined. */
function continuedClocks(
  trx: WriteTx,
  definition: WorkflowDefinition,
  options: { newDefinition?: boolean; move?: { before: ClockedCard; entry: StageEntry | null } },
): SlaClocks | undefined {
  const store = storeOf(trx);
  if (!store || !options.move || options.newDefinition) return undefined;
  const kept = keptClocks(store, options.move.before, definition);
  const { entry } = options.move;
  if (!kept || !entry) return kept;
  // An entry earlier than the last (a clock set back) would change the order: read the history.
  if (!kept.last || !(Date.parse(entry.at) >= kept.last.atMs)) return undefined;
  return advanceSlaClocks(definition, kept, entry);
}
