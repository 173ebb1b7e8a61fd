// A card's history replayed through the engine: `created` starts it with the fields it was given,
// each `transition` steps with the event and the fields sent along, each `edit` applies the field
// changes. The result must be the card the server holds.
import {
  edit,
  isEmptyValue,
  start,
  step,
  type Ctx,
  type Fields,
  type FieldValue,
  type PersistedCard,
  type Refs,
  type WorkflowDefinition,
} from '@stageflow/engine';

export interface HistoryEntry {
  revision: number;
  at: string;
  actorId: string;
  kind: 'created' | 'transition' | 'edit' | 'migration';
  event: string | null;
  fromStage: string | null;
  toStage: string;
  changes: Record<string, unknown>;
}

type Changes = Record<string, { from?: FieldValue; to: FieldValue }>;

function toValues(changes: unknown): Fields {
  const values: Fields = {};
  for (const [key, change] of Object.entries((changes ?? {}) as Changes)) values[key] = change.to;
  return values;
}

/**
 * Replays as an admin (who may make every move) at each entry's own time and actor id, with the
 * records the card's reference fields point at (they must not have changed since: a move that
 * copies from a record, like the claim's customer from its unit, reads them again).
 */
const ctxOf = (entry: HistoryEntry, refs: Refs | undefined): Ctx => ({
  now: entry.at,
  actor: { id: entry.actorId, role: 'admin' },
  ...(refs ? { refs } : {}),
});

export function replayHistory(
  definition: WorkflowDefinition,
  history: HistoryEntry[],
  refs?: Refs,
): PersistedCard {
  let card: PersistedCard | undefined;
  for (const entry of history) {
    const ctx = ctxOf(entry, refs);
    let result;
    if (entry.kind === 'created') {
      result = start(definition, toValues(entry.changes.fields), ctx);
    } else if (!card) {
      throw new Error(`history starts with ${entry.kind} at revision ${entry.revision}`);
    } else if (entry.kind === 'transition') {
      const input = entry.changes.input as Fields | undefined;
      result = step(definition, card, { type: entry.event ?? '', fields: input }, ctx);
    } else if (entry.kind === 'edit') {
      if (!entry.changes.fields) continue; // title, assignee or position only
      result = edit(definition, card, toValues(entry.changes.fields), ctx);
    } else {
      throw new Error(`cannot replay a ${entry.kind} entry`);
    }
    if (!result.ok) {
      throw new Error(
        `revision ${entry.revision} (${entry.kind} ${entry.event ?? ''}) does not replay: ${result.message}`,
      );
    }
    if (result.stage !== entry.toStage) {
      throw new Error(
        `revision ${entry.revision} replays into ${result.stage}, history says ${entry.toStage}`,
      );
    }
    card = result.snapshot;
  }
  if (!card) throw new Error('empty history');
  return card;
}

/**
 * Fields without their empty values: history records what changed, and the engine counts null,
 * "" and absent as the same empty value, so a replay may differ from the card only there.
 */
export function filledFields(fields: Fields): Fields {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => !isEmptyValue(v)));
}
