// The pure API: start, step, edit, moves. Time and actor come in as `ctx`; nothing is executed.
import { initialTransition } from 'xstate';
import type { Fields, FieldValue, WorkflowDefinition } from './definition.schema.ts';
import type {
  Accepted,
  Ctx,
  Effect,
  EngineEvent,
  FieldChange,
  Move,
  PersistedCard,
  StepResult,
} from './types.ts';
import {
  EDIT_EVENT,
  machineFor,
  nextSnapshot,
  persist,
  restore,
  type MachineEvent,
} from './compile.ts';
import { checkTransition, reject, sourcesOf } from './rules.ts';
import { stageLabel } from './stages.ts';
import { dueAtFor } from './dates.ts';
import { givenFieldProblems, isEmptyValue, workflowName } from './fields.ts';
import { localLabel } from './i18n/locale.ts';
import { engineT } from './i18n/translate.ts';
import { linkEffects } from './link-effects.ts';

function diff(before: Fields, after: Fields): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const key of Object.keys(after)) {
    const from: FieldValue | undefined = before[key];
    const to = after[key] as FieldValue;
    if (from !== to && !(isEmptyValue(from) && isEmptyValue(to))) changes[key] = { from, to };
  }
  return changes;
}

function accepted(
  snapshot: PersistedCard,
  from: string | null,
  before: Fields,
  at: string,
): Accepted {
  const { context } = snapshot;
  const changes = diff(before, context.fields);
  const effects: Effect[] = [];
  if (from !== snapshot.value || from === null) {
    effects.push({ type: 'stageEntered', stage: snapshot.value, from, at });
    effects.push({ type: 'deadlineSet', stage: snapshot.value, dueAt: context.dueAt });
  }
  if (Object.keys(changes).length > 0) effects.push({ type: 'fieldsAssigned', changes });
  return {
    ok: true,
    snapshot,
    stage: snapshot.value,
    from,
    changes,
    dueAt: context.dueAt,
    effects,
  };
}

function canWrite(ctx: Ctx): StepResult | null {
  return ctx.actor.role === 'viewer'
    ? reject('role_not_permitted', [engineT(ctx.locale)('rules.viewersCannotChange')])
    : null;
}

/** The first snapshot of a new card, or why it cannot be created. */
export function start(definition: WorkflowDefinition, fields: Fields, ctx: Ctx): StepResult {
  const denied = canWrite(ctx);
  if (denied) return denied;
  const fieldErrors = givenFieldProblems(definition, {}, fields, { locale: ctx.locale });
  if (fieldErrors.length > 0) {
    const missing = fieldErrors.filter((e) => e.missing).map((e) => e.field);
    const code = missing.length === fieldErrors.length ? 'fields_missing' : 'invalid_fields';
    return reject(
      code,
      fieldErrors.map((e) => e.message),
      { fieldErrors, missing },
    );
  }
  const stage = definition.stages.find((s) => s.key === definition.initial);
  const machine = machineFor(definition);
  const [snapshot] = initialTransition(machine, {
    fields: { ...fields },
    enteredAt: ctx.now,
    dueAt: dueAtFor(stage, ctx.now),
  });
  return accepted(persist(definition, snapshot), null, {}, ctx.now);
}

/** Makes one move: the next snapshot and its effects, or a typed rejection with a sentence. */
export function step(
  definition: WorkflowDefinition,
  snapshot: PersistedCard,
  event: EngineEvent,
  ctx: Ctx,
): StepResult {
  const transition = definition.transitions.find((t) => t.event === event.type);
  if (!transition) {
    const t = engineT(ctx.locale);
    const workflow = workflowName(definition, ctx.locale);
    return reject('unknown_event', [t('rules.unknownMove', { workflow, event: event.type })]);
  }
  const stage = snapshot.value;
  const refusal = checkTransition(
    definition,
    transition,
    stage,
    snapshot.context.fields,
    event.fields,
    ctx,
  );
  if (refusal) return refusal;

  const machineEvent: MachineEvent = {
    type: event.type,
    fields: event.fields,
    now: ctx.now,
    actor: ctx.actor,
    refs: ctx.refs,
    links: ctx.links,
  };
  const next = nextSnapshot(machineFor(definition), restore(definition, snapshot), machineEvent);
  if (next.value !== transition.to) {
    throw new Error(`XState refused "${event.type}" from ${stage} although its rules allowed it.`);
  }
  const result = accepted(persist(definition, next), stage, snapshot.context.fields, ctx.now);
  if (transition.parts) result.effects.push({ type: 'parts', action: transition.parts });
  if (transition.effects) {
    result.effects.push(...linkEffects(definition, transition, next.context.fields, ctx));
  }
  return result;
}

/** Edits fields without moving the card (required fields cannot be emptied). */
export function edit(
  definition: WorkflowDefinition,
  snapshot: PersistedCard,
  fields: Fields,
  ctx: Ctx,
): StepResult {
  const denied = canWrite(ctx);
  if (denied) return denied;
  const fieldErrors = givenFieldProblems(definition, snapshot.context.fields, fields, {
    partial: true,
    locale: ctx.locale,
  });
  if (fieldErrors.length > 0) {
    return reject(
      'invalid_fields',
      fieldErrors.map((e) => e.message),
      { fieldErrors },
    );
  }
  const machineEvent: MachineEvent = { type: EDIT_EVENT, fields, now: ctx.now, actor: ctx.actor };
  const next = nextSnapshot(machineFor(definition), restore(definition, snapshot), machineEvent);
  return accepted(persist(definition, next), snapshot.value, snapshot.context.fields, ctx.now);
}

/**
 * Every transition out of the card's stage, allowed now or not and why. `allowed` means the move
 * may be made once the fields in `missing` are filled (the board asks for them on drop).
 */
export function moves(definition: WorkflowDefinition, snapshot: PersistedCard, ctx: Ctx): Move[] {
  const stage = snapshot.value;
  const fields = snapshot.context.fields;
  const result: Move[] = [];
  for (const transition of definition.transitions) {
    // Checked first and silently: the sentence saying why a move is not possible from here
    // (built through i18next) was most of the cost of answering a move.
    if (!sourcesOf(definition, transition).includes(stage)) continue;
    const notHere = checkTransition(definition, transition, stage, fields, undefined, ctx, {
      preview: true,
    });
    const requires = transition.requires ?? [];
    const move: Move = {
      event: transition.event,
      label: localLabel(transition, ctx.locale),
      to: transition.to,
      toLabel: stageLabel(definition, transition.to, ctx.locale),
      allowed: notHere === null,
      requires,
      missing: requires.filter((key) => isEmptyValue(fields[key])),
    };
    if (notHere) {
      move.reason = notHere.message;
      move.code = notHere.code;
    }
    result.push(move);
  }
  return result;
}
