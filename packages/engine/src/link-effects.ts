// The effects a transition declares on other workflows (spawn a linked card, signal the parent),
// turned into values for the caller to apply. Pure: nothing here reads or writes a card.
import type { Condition, Fields, TransitionDef, WorkflowDefinition } from './definition.schema.ts';
import type { Ctx, SignalParentEffect, SpawnCardEffect } from './types.ts';
import { evaluateCondition, readRef } from './conditions.ts';
import { dateOf } from './dates.ts';
import { isEmptyValue } from './fields.ts';

/** What `transition`'s declared effects ask for, given the card's fields after the move. */
export function linkEffects(
  definition: WorkflowDefinition,
  transition: TransitionDef,
  fields: Fields,
  ctx: Ctx,
): (SpawnCardEffect | SignalParentEffect)[] {
  if (!transition.effects?.length) return [];
  const out: (SpawnCardEffect | SignalParentEffect)[] = [];
  for (const effect of transition.effects) {
    if ('signal' in effect) {
      const { parent, event, required } = effect.signal;
      out.push({ type: 'signal', parent, event, required: required ?? false });
      continue;
    }
    const { workflow, when, fields: mapping = {} } = effect.spawn;
    if (when) {
      const scope = {
        fields,
        eventDate: dateOf(ctx.now),
        role: ctx.actor.role,
        refs: ctx.refs,
        links: ctx.links,
      };
      if (!evaluateCondition(definition, when, scope).ok) continue;
    }
    const childFields: Fields = {};
    for (const [key, source] of Object.entries(mapping)) {
      const value = 'value' in source ? source.value : readRef({ fields, refs: ctx.refs }, source);
      if (value !== undefined && !isEmptyValue(value)) childFields[key] = value;
    }
    out.push({ type: 'spawn', workflow, fields: childFields, event: transition.event });
  }
  return out;
}

function conditionReadsLinks(c: Condition): boolean {
  if ('all' in c) return c.all.some(conditionReadsLinks);
  if ('any' in c) return c.any.some(conditionReadsLinks);
  if ('not' in c) return conditionReadsLinks(c.not);
  return 'linked' in c;
}

const readers = new WeakMap<WorkflowDefinition, boolean>();

/**
 * Whether any guard (or spawn condition) of the definition reads linked cards: only then does the
 * caller need to read a card's links before asking `moves`/`step` (the server for a move, the
 * board for a drag's preview), so a plain move costs nothing more.
 */
export function readsLinks(definition: WorkflowDefinition): boolean {
  let reads = readers.get(definition);
  if (reads === undefined) {
    reads = definition.transitions.some(
      (t) =>
        (t.guard !== undefined && conditionReadsLinks(t.guard)) ||
        (t.effects ?? []).some(
          (e) => 'spawn' in e && e.spawn.when !== undefined && conditionReadsLinks(e.spawn.when),
        ),
    );
    readers.set(definition, reads);
  }
  return reads;
}
