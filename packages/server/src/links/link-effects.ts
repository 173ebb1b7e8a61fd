// Applies a move's effects on linked cards inside the move's transaction: spawn opens a card
// through the same creation code as POST /cards and links it; signal makes the parent's move
// through the normal transition path as the system actor. A parent that refuses keeps its stage
// and the refusal goes into its history, unless the definition says the signal is required.
import type { Effect, SignalParentEffect, SpawnCardEffect } from '@stageflow/engine';
import type { Store } from '../db/database.ts';
import type { CardRow } from '../db/schema.ts';
import type { WriteTx } from '../db/transaction.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { lockCardRow } from '../cards/card.repository.ts';
import { commitCardChange } from '../cards/card-commit.ts';
import { insertNewCard } from '../cards/card.service.ts';
import type { Actor } from '../cards/engine-ctx.ts';
import type { applyTransition } from '../cards/transition.service.ts';
import { getDefinition } from '../workflows/definition-cache.ts';
import { SYSTEM_ACTOR_ID } from '../workflows/install-builtins.ts';
import { workflowName } from '@stageflow/engine';
import { findWorkflowRow } from '../workflows/workflow.repository.ts';
import { insertCardLink, parentIdsIn } from './card-link.repository.ts';

/** Signals that lead to more signals stop here: the workflows would otherwise loop. */
export const MAX_LINK_DEPTH = 8;

type LinkEffect = SpawnCardEffect | SignalParentEffect;

export function hasLinkEffects(effects: Effect[]): boolean {
  return effects.some((e) => e.type === 'spawn' || e.type === 'signal');
}

export interface LinkScope {
  store: Store;
  trx: WriteTx;
  /** Who made the move: spawned cards are theirs. */
  actor: Actor;
  /** The card as the move left it. */
  card: CardRow;
  at: string;
  depth: number;
}

export async function applyLinkEffects(
  scope: LinkScope,
  effects: Effect[],
  move: typeof applyTransition,
): Promise<void> {
  if (scope.depth >= MAX_LINK_DEPTH) {
    throw new HttpProblem(
      409,
      'linked-moves-too-deep',
      say('links.tooDeep', { max: MAX_LINK_DEPTH }),
    );
  }
  const linkEffects = effects.filter(
    (e): e is LinkEffect => e.type === 'spawn' || e.type === 'signal',
  );
  for (const effect of linkEffects) {
    if (effect.type === 'spawn') await spawn(scope, effect);
    else await signal(scope, effect, move);
  }
}

async function spawn(scope: LinkScope, effect: SpawnCardEffect): Promise<void> {
  const { store, trx, actor, card, at } = scope;
  let child: CardRow;
  try {
    const input = { workflow: effect.workflow, title: card.title, fields: effect.fields };
    const parent = { card: card.id, event: effect.event };
    ({ row: child } = await insertNewCard(store, trx, actor, input, at, parent));
  } catch (err) {
    if (!(err instanceof HttpProblem) || err.status >= 500) throw err;
    const workflow = await workflowLabel(scope, effect.workflow);
    throw new HttpProblem(
      409,
      'linked-card-refused',
      say('links.spawnRefused', { workflow, reason: err.detailIn(actor.locale ?? 'en') }),
      { workflow: effect.workflow },
    );
  }
  await insertCardLink(trx, {
    parent_id: card.id,
    child_id: child.id,
    kind: 'spawned',
    event: effect.event,
    actor_id: actor.id,
    created_at: at,
  });
}

const SYSTEM: Actor = { id: SYSTEM_ACTOR_ID, role: 'admin', name: 'Stageflow' };

async function signal(
  scope: LinkScope,
  effect: SignalParentEffect,
  move: typeof applyTransition,
): Promise<void> {
  const { store, trx, card, at, actor } = scope;
  // The parent's refusal is recorded in the language of the person whose move sent the signal.
  const system: Actor = { ...SYSTEM, locale: actor.locale ?? null };
  for (const parentId of await parentIdsIn(trx, card.id, effect.parent)) {
    // The parent as it is now, not as it was when this move began: a move of the parent that
    // commits meanwhile is waited for, and the signal answers to the stage that move left.
    const parent = await lockCardRow(trx, parentId, store.adapter.rowLocks);
    if (!parent) continue;
    try {
      await move(store, trx, system, parent, { event: effect.event }, at, scope.depth + 1);
    } catch (err) {
      // Only the engine's refusal is the parent's answer; anything else fails the whole move.
      if (!(err instanceof HttpProblem) || err.code !== 'transition-refused') throw err;
      const reason = err.detailIn(actor.locale ?? 'en');
      if (effect.required) {
        const definition = await getDefinition(
          store,
          trx,
          parent.workflow_key,
          parent.workflow_version,
        );
        throw new HttpProblem(
          409,
          'linked-card-refused',
          say('links.signalRefused', {
            title: parent.title,
            workflow: workflowName(definition, actor.locale ?? 'en'),
            event: effect.event,
            reason,
          }),
          { card: parent.id },
        );
      }
      await commitCardChange(trx, {
        card: parent,
        set: {},
        actorId: SYSTEM_ACTOR_ID,
        at,
        history: {
          kind: 'signal',
          event: effect.event,
          changes: { signal: { from: card.id, refused: reason } },
        },
        change: { kind: 'card.updated', extra: { signal: effect.event } },
      });
    }
  }
}

async function workflowLabel(scope: LinkScope, key: string): Promise<string> {
  const row = await findWorkflowRow(scope.trx, key);
  if (!row) return key;
  const definition = await getDefinition(scope.store, scope.trx, key, row.latest_version);
  return workflowName(definition, scope.actor.locale ?? 'en');
}
