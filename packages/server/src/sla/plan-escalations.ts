// Plans a card's SLA escalations in its write transaction, from its stage history and the
// definition it runs on: a move (or a migration to a new version) replaces the waiting rows, so a
// clock that paused drops its plan and one that resumed gets the new instant. Fired rows stay.
// A move passes the card's clocks (sla-clocks.ts: kept on the card row, advanced by the move)
// instead of having the history read; the plan is the same either way. When it is also the plan
// the card already has (a clock that kept running plans the same instants), its rows are left as
// they are.
import {
  escalationClocks,
  escalationsAt,
  type EscalationPlan,
  type StageEntry,
  type WorkflowDefinition,
} from '@stageflow/engine';
import type { WriteTx } from '../db/transaction.ts';
import { deleteWaitingEscalations, insertEscalations } from './escalation.repository.ts';
import type { MoveClocks } from './sla-clocks.ts';
import { stageLogOfCard } from './stage-log.query.ts';

export const escalatesOnSla = (definition: WorkflowDefinition): boolean =>
  definition.slaPolicy?.targets.some((t) => t.escalate) ?? false;

export async function planCardEscalations(
  trx: WriteTx,
  definition: WorkflowDefinition,
  card: { id: string },
  options: {
    /** Drop the waiting rows first (a new stage entry or a new definition). */
    replace: boolean;
    /** The card moved to another definition version, which may have dropped its escalations. */
    newDefinition?: boolean;
    /** The history when the caller has it (a card being created has no history row yet). */
    entries?: StageEntry[];
    /** A move under the same definition: the card's clocks before and after it. */
    clocks?: MoveClocks;
  },
): Promise<void> {
  const escalates = escalatesOnSla(definition);
  if (!escalates) {
    // A definition without escalations can have waiting rows only from an earlier version: a
    // plain move on it skips the delete (the move path stays one statement shorter).
    if (options.replace && options.newDefinition) await deleteWaitingEscalations(trx, card.id);
    return;
  }
  const clocks =
    options.clocks?.after ??
    escalationClocks(definition, options.entries ?? (await stageLogOfCard(trx, card.id)));
  const plans = escalationsAt(definition, clocks);
  // Rows planned at the card's previous stage entry are the rows the clocks before the move plan
  // (a threshold fired since stays fired either way).
  const before = options.clocks?.before;
  const unchanged = before !== undefined && samePlans(escalationsAt(definition, before), plans);
  if (!unchanged) {
    if (options.replace) await deleteWaitingEscalations(trx, card.id);
    await insertEscalations(trx, card.id, plans);
  }
}

function samePlans(a: EscalationPlan[], b: EscalationPlan[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (p, i) =>
        p.target === b[i]!.target && p.threshold === b[i]!.threshold && p.dueAt === b[i]!.dueAt,
    )
  );
}
