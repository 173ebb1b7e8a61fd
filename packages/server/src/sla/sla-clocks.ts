// A card's SLA clocks kept on its row (`cards.sla_clocks`, JSON): the engine's SlaClocks as of the
// card's latest stage entry, under the version they were computed for. A move reads the card row
// anyway, so it plans its escalations by adding its one stage entry to those clocks
// (advanceSlaClocks) instead of reading and folding the card's whole stage history — in whichever
// server process makes the move. Clocks for another version or stage (a migration, a writer that
// does not keep them) are not used: the history is read once and the clocks kept from then on.
import {
  advanceSlaClocks,
  escalationClocks,
  type SlaClocks,
  type StageEntry,
  type WorkflowDefinition,
} from '@stageflow/engine';
import type { CardRow } from '../db/schema.ts';
import type { WriteTx } from '../db/transaction.ts';
import { escalatesOnSla } from './plan-escalations.ts';
import { stageLogOfCard } from './stage-log.query.ts';

type ClockedCard = Pick<CardRow, 'id' | 'workflow_version' | 'stage' | 'sla_clocks'>;

interface Kept {
  /** The definition version the clocks were computed under. */
  v: number;
  c: SlaClocks;
}

/** The card's clocks before and after a move (before: undefined when the row kept none). */
export interface MoveClocks {
  before: SlaClocks | undefined;
  after: SlaClocks;
}

/** The clocks the row keeps, if they are for its version and its current stage. */
function keptClocks(card: ClockedCard): SlaClocks | undefined {
  if (!card.sla_clocks) return undefined;
  let kept: Kept;
  try {
    kept = JSON.parse(card.sla_clocks) as Kept;
  } catch {
    return undefined;
  }
  const valid = kept.v === card.workflow_version && kept.c?.last?.stage === card.stage;
  return valid ? kept.c : undefined;
}

/** The column text that keeps `clocks` for a card of `version`. */
export function clocksText(version: number, clocks: SlaClocks): string {
  return JSON.stringify({ v: version, c: clocks } satisfies Kept);
}

/** The clocks of a card created in `entry` (its first stage entry); null when none are kept. */
export function createdClocksText(
  definition: WorkflowDefinition,
  version: number,
  entry: StageEntry,
): string | null {
  return escalatesOnSla(definition)
    ? clocksText(version, escalationClocks(definition, [entry]))
    : null;
}

/**
 * A move's clocks under the card's own definition: `entry` is the stage entry the move adds (null
 * when it stays in its stage). Undefined when the definition escalates nothing, or when the card
 * stays and the row keeps no clocks (nothing to plan from without the history).
 */
export async function clocksForMove(
  trx: WriteTx,
  definition: WorkflowDefinition,
  card: ClockedCard,
  entry: StageEntry | null,
): Promise<MoveClocks | undefined> {
  if (!escalatesOnSla(definition)) return undefined;
  const before = keptClocks(card);
  if (!entry) return before && { before, after: before };
  // An entry earlier than the last (a clock set back) would change the order: use the history.
  if (before?.last && Date.parse(entry.at) >= before.last.atMs) {
    return { before, after: advanceSlaClocks(definition, before, entry) };
  }
  const entries = await stageLogOfCard(trx, card.id);
  return { before: undefined, after: escalationClocks(definition, [...entries, entry]) };
}
