// The effects a transition declares on other workflows (spawn a linked card, signal the parent),
// turned into values for the caller to apply. Pure: nothing here reads or writes a card.
import type { Fields, TransitionDef, WorkflowDefinition } from './definition.schema.ts';
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
