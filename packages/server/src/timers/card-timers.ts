// The write path's one hook: when a card enters a stage (created, moved, migrated), its waiting
// timers are replaced by the ones the engine plans for the new stage entry, in the same
// transaction. Edits do not touch timers: the clock runs from the stage entry.
import { timersFor, type WorkflowDefinition } from '@stageflow/engine';
import type { CardRow } from '../db/schema.ts';
import type { WriteTx } from '../db/transaction.ts';
import { deleteWaitingTimers, insertTimers } from './timer.repository.ts';
import { planCardEscalations } from '../sla/plan-escalations.ts';
import type { MoveClocks } from '../sla/sla-clocks.ts';
import { isFinishedStage, recordSlaOutcome } from '../sla/sla-outcomes.ts';

type TimedCard = Pick<CardRow, 'id' | 'stage' | 'entered_at' | 'revision'>;
type EnteredCard = TimedCard & Pick<CardRow, 'workflow_version'>;

/** Sets the timers the engine plans for the card's current stage entry (already set: kept). */
export async function armCardTimers(
  trx: WriteTx,
  definition: WorkflowDefinition,
  card: TimedCard,
): Promise<void> {
  await insertTimers(
    trx,
    timersFor(definition, card.stage, card.entered_at).map((plan) => ({
      cardId: card.id,
      revision: card.revision,
      stage: card.stage,
      enteredAt: card.entered_at,
      event: plan.event,
      dueAt: plan.dueAt,
    })),
  );
}

/**
 * After a write: a new stage entry (or a new definition) drops the waiting timers and re-arms,
 * re-plans the SLA escalations (the move may have paused, resumed or stopped a clock) and
 * replaces the card's stored SLA outcome (sla/sla-outcomes.ts).
 */
export async function syncCardTimers(
  trx: WriteTx,
  definition: WorkflowDefinition,
  card: EnteredCard,
  previousEnteredAt: string | null,
  options: {
    rearm?: boolean;
    /**
     * The stage the card left, under the same definition: when that definition plans no timer for
     * it, the card has none waiting (timers are only ever armed from the card's own definition,
     * and a migration re-arms), so the delete is skipped — a round trip on every move.
     */
    previousStage?: string;
    /** A move under the same definition: the card's SLA clocks before and after it. */
    clocks?: MoveClocks;
  } = {},
): Promise<void> {
  if (card.entered_at === previousEnteredAt && !options.rearm) return;
  const { previousStage } = options;
  const mayWait =
    options.rearm ||
    previousStage === undefined ||
    timersFor(definition, previousStage, previousEnteredAt ?? card.entered_at).length > 0;
  const replace = previousEnteredAt !== null || options.rearm === true;
  if (replace && mayWait) await deleteWaitingTimers(trx, card.id);
  await armCardTimers(trx, definition, card);
  // A card being created has no history row yet: its one stage entry is the card itself.
  const entries =
    previousEnteredAt === null && !replace
      ? [{ stage: card.stage, at: card.entered_at }]
      : undefined;
  await planCardEscalations(trx, definition, card, {
    replace,
    newDefinition: options.rearm === true,
    clocks: options.clocks,
    entries,
  });
  await recordSlaOutcome(trx, definition, card, {
    // Only a card that was finished (under this definition, or any before a migration) has one.
    mayHaveOutcome:
      replace &&
      (options.rearm === true ||
        previousStage === undefined ||
        isFinishedStage(definition, previousStage)),
    entries,
  });
}
