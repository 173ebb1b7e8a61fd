// POST /cards/:id/transitions: one transaction reads the card, asks the engine, writes the card
// (only at the expected revision), its history row, the change row and the idempotency record.
// A refusal throws before anything is written, so the transaction leaves no trace.
import { moves, step, type Fields } from '@stageflow/engine';
import type { Store } from '../db/database.ts';
import { getDefinition } from '../workflows/definition-cache.ts';
import { commitCardChange, staleRevision } from './card-commit.ts';
import { etagOf } from './card-view.ts';
import { requireCardForMove, withMoves } from './card.service.ts';
import { engineCtx, type Actor } from './engine-ctx.ts';
import { transitionProblem } from './engine-problem.ts';
import { requestHash, runIdempotent, type IdempotentResult } from './idempotency.ts';
import { keyBetween, positionAtEnd } from './position.ts';
import { requireActiveUserValues } from './user-fields.ts';
import { openSurveyIfClosed } from '../surveys/survey.service.ts';
import { syncCardTimers } from '../timers/card-timers.ts';
import { clocksForMove, clocksText } from '../sla/sla-clocks.ts';
import { notifyMoveRoles } from '../notifications/notify-move-roles.ts';
import type { CardRow } from '../db/schema.ts';
import type { WriteTx } from '../db/transaction.ts';
import { followRefs, resolveRefs } from '../installed-base/card-refs.ts';
import {
  applyPartsEffects,
  partsFactsForEvent,
  partsFactsForStage,
} from '../parts/parts-effects.ts';
import { linkedCardsOf, readsLinks } from '../links/linked-cards.ts';
import { applyLinkEffects, hasLinkEffects } from '../links/link-effects.ts';

export interface TransitionInput {
  event: string;
  fields?: Fields;
}

export async function transitionCard(
  store: Store,
  actor: Actor,
  id: string,
  ifMatch: number,
  input: TransitionInput,
  options: {
    idempotencyKey?: string;
    at: string;
    /** Runs first in the transaction with the card as read (the timer scheduler settles here). */
    before?: (trx: WriteTx, card: CardRow) => Promise<void>;
  },
): Promise<IdempotentResult> {
  const { at } = options;
  const hash = () => requestHash('POST', `/cards/${id}/transitions`, input);
  return runIdempotent(
    store,
    { userId: actor.id, key: options.idempotencyKey, hash, at },
    async (trx) => {
      const { card, target } = await requireCardForMove(store, trx, id, input.event);
      if (card.revision !== ifMatch) throw staleRevision(card.revision);
      await options.before?.(trx, card);
      // The column's end read with the card stands unless `before` wrote in between.
      const end = options.before ? undefined : target;
      const moved = await applyTransition(store, trx, actor, card, input, at, 0, end);
      return {
        status: 200,
        body: withMoves(
          moved.next,
          moved.definition,
          actor,
          at,
          moved.refs,
          moved.parts,
          moved.links,
        ),
        etag: etagOf(moved.next.revision),
      };
    },
  );
}

/**
 * One move inside the caller's transaction: the engine decides, the card, history and change rows
 * are written, then the move's effects on linked cards (`depth`: how many signals led here).
 */
export async function applyTransition(
  store: Store,
  trx: WriteTx,
  actor: Actor,
  card: CardRow,
  input: TransitionInput,
  at: string,
  depth = 0,
  /** The end of the move's target column, when already read (requireCardForMove). */
  targetEnd?: { stage: string; lastPosition: string | null },
) {
  const definition = await getDefinition(store, trx, card.workflow_key, card.workflow_version);
  const snapshot = JSON.parse(card.snapshot);
  const given = { ...snapshot.context.fields, ...input.fields };
  const parts = await partsFactsForEvent(trx, definition, card.id, input.event);
  const ctx = engineCtx(actor, at, await resolveRefs(trx, definition, given), parts);
  const locale = actor.locale ?? undefined;
  if (readsLinks(definition)) ctx.links = await linkedCardsOf(store, trx, card.id, locale);
  const result = step(definition, snapshot, { type: input.event, fields: input.fields }, ctx);
  if (!result.ok) {
    throw transitionProblem(result, {
      stage: card.stage,
      moves: moves(definition, snapshot, ctx),
    });
  }
  await requireActiveUserValues(
    trx,
    definition,
    input.fields,
    snapshot.context.fields,
    actor.locale,
  );
  const position =
    result.stage === card.stage
      ? card.position
      : targetEnd?.stage === result.stage
        ? keyBetween(targetEnd.lastPosition, null)
        : await positionAtEnd(trx, card.workflow_key, result.stage);
  // The move's history row is a stage entry when it changes the stage; the card keeps its SLA
  // clocks so the escalations are planned without reading its history (sla/sla-clocks.ts).
  const entry = result.stage !== card.stage ? { stage: result.stage, at } : null;
  const clocks = await clocksForMove(trx, definition, card, entry);
  const next = await commitCardChange(trx, {
    card,
    set: {
      stage: result.stage,
      fields: JSON.stringify(result.snapshot.context.fields),
      snapshot: JSON.stringify(result.snapshot),
      entered_at: result.snapshot.context.enteredAt,
      due_at: result.dueAt,
      position,
      sla_clocks: clocks ? clocksText(card.workflow_version, clocks.after) : card.sla_clocks,
    },
    asMove: true,
    actorId: actor.id,
    at,
    history: {
      kind: 'transition',
      event: input.event,
      changes: { fields: result.changes, ...(input.fields ? { input: input.fields } : {}) },
    },
    change: {
      kind: 'card.moved',
      extra: { event: input.event, from: card.stage, to: result.stage },
    },
  });
  await applyPartsEffects(store, trx, {
    card: next,
    definition,
    effects: result.effects,
    given: input.fields,
    at,
  });
  if (next.stage !== card.stage) await openSurveyIfClosed(store, trx, next, definition, at);
  await syncCardTimers(trx, definition, next, card.entered_at, {
    previousStage: card.stage,
    clocks,
  });
  await notifyMoveRoles(trx, definition, input.event, next, actor.id, at);
  const refs = await followRefs(trx, card.id, definition, result, ctx.refs);
  let links = ctx.links;
  // Only a move that declares effects on linked cards does more than this.
  if (hasLinkEffects(result.effects)) {
    await applyLinkEffects(
      { store, trx, actor, card: next, at, depth },
      result.effects,
      applyTransition,
    );
    if (links) links = await linkedCardsOf(store, trx, card.id, locale);
  }
  const partsAfter = await partsFactsForStage(trx, definition, next);
  return { next, definition, refs, parts: partsAfter, links };
}
