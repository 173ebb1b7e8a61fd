// Plans a card's SLA escalations in its write transaction, from its stage history and the
// definition it runs on: a move (or a migration to a new version) replaces the waiting rows, so a
// clock that paused drops its plan and one that resumed gets the new instant. Fired rows stay.
import { escalationsFor, type StageEntry, type WorkflowDefinition } from '@stageflow/engine';
import type { WriteTx } from '../db/transaction.ts';
import { deleteWaitingEscalations, insertEscalations } from './escalation.repository.ts';
import { stageLogOfCard } from './stage-log.query.ts';

export const escalatesOnSla = (definition: WorkflowDefinition): boolean =>
  definition.slaPolicy?.targets.some((t) => t.escalate) ?? false;

export async function planCardEscalations(
  trx: WriteTx,
  definition: WorkflowDefinition,
  cardId: string,
  options: {
    /** Drop the waiting rows first (a new stage entry or a new definition). */
    replace: boolean;
    /** The card moved to another definition version, which may have dropped its escalations. */
    newDefinition?: boolean;
    /** The history when the caller has it (a card being created has no history row yet). */
    entries?: StageEntry[];
  },
): Promise<void> {
  const escalates = escalatesOnSla(definition);
  // A definition without escalations can have waiting rows only from an earlier version: a plain
  // move on it skips the delete (the move path stays one statement shorter).
  if (options.replace && (escalates || options.newDefinition))
    await deleteWaitingEscalations(trx, cardId);
  if (!escalates) return;
  const entries = options.entries ?? (await stageLogOfCard(trx, cardId));
  await insertEscalations(trx, cardId, escalationsFor(definition, entries));
}
