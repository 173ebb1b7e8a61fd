// Plans a card's SLA escalations in its write transaction, from its stage history and the
// definition it runs on: a move (or a migration to a new version) replaces the waiting rows, so a
// clock that paused drops its plan and one that resumed gets the new instant. Fired rows stay.
// A move of a card this process moved last continues its kept clocks (sla-clock-cache.ts) instead
// of reading the history; the plan is the same either way. When it is also the plan the card
// already has (a clock that kept running plans the same instants), its rows are left as they are.
import {
  advanceSlaClocks,
  escalationClocks,
  escalationsAt,
  type EscalationPlan,
  type StageEntry,
  type WorkflowDefinition,
} from '@stageflow/engine';
import { onCommitted, storeOf, type WriteTx } from '../db/transaction.ts';
import { deleteWaitingEscalations, insertEscalations } from './escalation.repository.ts';
import { keepClocks, keptClocks, type ClockedCard, type KeptClocks } from './sla-clock-cache.ts';
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
  if (!escalates) {
    // A definition without escalations can have waiting rows only from an earlier version: a
    // plain move on it skips the delete (the move path stays one statement shorter).
    if (options.replace && options.newDefinition) await deleteWaitingEscalations(trx, card.id);
    return;
  }
  const kept = keptBeforeMove(trx, definition, options);
  const clocks =
    kept?.next ??
    escalationClocks(definition, options.entries ?? (await stageLogOfCard(trx, card.id)));
  const plans = escalationsAt(definition, clocks);
  // Rows planned at the card's previous revision are the rows this plan would write again
  // (a threshold fired since stays fired either way).
  const unchanged = kept !== undefined && samePlans(kept.plans, plans);
  if (!unchanged) {
    if (options.replace) await deleteWaitingEscalations(trx, card.id);
    await insertEscalations(trx, card.id, plans);
  }
  const store = storeOf(trx);
  if (store) onCommitted(trx, () => keepClocks(store, card, definition, { clocks, plans }));
}

/** The kept clocks and plans of the card before the move, and its clocks after; or undefined. */
function keptBeforeMove(
  trx: WriteTx,
  definition: WorkflowDefinition,
  options: { newDefinition?: boolean; move?: { before: ClockedCard; entry: StageEntry | null } },
): (KeptClocks & { next: KeptClocks['clocks'] }) | undefined {
  const store = storeOf(trx);
  if (!store || !options.move || options.newDefinition) return undefined;
  const kept = keptClocks(store, options.move.before, definition);
  const { entry } = options.move;
  if (!kept || !entry) return kept && { ...kept, next: kept.clocks };
  // An entry earlier than the last (a clock set back) would change the order: read the history.
  if (!kept.clocks.last || !(Date.parse(entry.at) >= kept.clocks.last.atMs)) return undefined;
  return { ...kept, next: advanceSlaClocks(definition, kept.clocks, entry) };
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
