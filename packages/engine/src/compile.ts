// Compiles a definition into a real XState v5 machine. Guards and actions are implemented once,
// by name, in `setup()`; each machine refers to them with the definition's data as params.
import { assign, createActor, setup, type AnyActorScope, type SnapshotFrom } from 'xstate';
import type { Assignment, Fields, TransitionDef, WorkflowDefinition } from './definition.schema.ts';
import type { CardContext, Ctx, PersistedCard } from './types.ts';
import { checkTransition, sourcesOf } from './rules.ts';
import { dateOf, dueAtFor } from './dates.ts';
import { isEmptyValue } from './fields.ts';
import { readRef } from './conditions.ts';

/** Every event a workflow machine takes carries its time and actor: the machine has no clock. */
export type MachineEvent = {
  type: string;
  fields?: Fields;
  now: string;
  actor: Ctx['actor'];
  refs?: Ctx['refs'];
  links?: Ctx['links'];
};

/** The event that edits fields without moving the card. */
export const EDIT_EVENT = 'stageflow.edit';

interface TransitionParams {
  definition: WorkflowDefinition;
  transition: TransitionDef;
}

export function applyAssignments(
  assignments: Assignment[] | undefined,
  fields: Fields,
  event: MachineEvent,
): Fields {
  if (!assignments?.length) return fields;
  const next = { ...fields };
  for (const a of assignments) {
    if (a.ifEmpty && !isEmptyValue(next[a.field])) continue;
    if ('value' in a) next[a.field] = a.value;
    else if ('copy' in a) next[a.field] = readRef({ fields, refs: event.refs }, a.copy) ?? null;
    else next[a.field] = a.from === 'eventDate' ? dateOf(event.now) : event.actor.id;
  }
  return next;
}

const workflowSetup = setup({
  types: {
    context: {} as CardContext,
    events: {} as MachineEvent,
    input: {} as CardContext,
  },
  guards: {
    transitionAllowed: ({ context, event }, params: TransitionParams & { stage: string }) =>
      checkTransition(
        params.definition,
        params.transition,
        params.stage,
        context.fields,
        event.fields,
        event,
      ) === null,
  },
  actions: {
    enterStage: assign(({ context, event }, params: TransitionParams) => {
      const { definition, transition } = params;
      const given = { ...context.fields, ...event.fields };
      const stage = definition.stages.find((s) => s.key === transition.to);
      return {
        fields: applyAssignments(transition.assign, given, event),
        enteredAt: event.now,
        dueAt: dueAtFor(stage, event.now),
      };
    }),
    editFields: assign(({ context, event }) => ({
      fields: { ...context.fields, ...event.fields },
    })),
  },
});

function compile(definition: WorkflowDefinition) {
  type StateConfig = { on: Record<string, unknown> };
  const states: Record<string, StateConfig> = {};
  for (const stage of definition.stages) states[stage.key] = { on: {} };
  for (const transition of definition.transitions) {
    for (const stage of sourcesOf(definition, transition)) {
      const state = states[stage];
      if (!state || !states[transition.to]) continue;
      state.on[transition.event] = {
        target: transition.to,
        guard: { type: 'transitionAllowed', params: { definition, transition, stage } },
        actions: { type: 'enterStage', params: { definition, transition } },
      };
    }
  }
  return workflowSetup.createMachine({
    id: `${definition.key}@${definition.version}`,
    initial: definition.initial,
    context: ({ input }) => input,
    on: { [EDIT_EVENT]: { actions: 'editFields' } },
    // The config is built from data, so its stage names are only known at run time.
    states: states as never,
  });
}

export type WorkflowMachine = ReturnType<typeof compile>;
export type WorkflowSnapshot = SnapshotFrom<WorkflowMachine>;

const byObject = new WeakMap<WorkflowDefinition, WorkflowMachine>();
const byVersion = new Map<string, { json: string; machine: WorkflowMachine }>();

/**
 * The compiled machine for a definition, cached by key and version. A draft that reuses a
 * key and version with other content (the editor) gets its own machine, never a stale one.
 */
export function machineFor(definition: WorkflowDefinition): WorkflowMachine {
  const hit = byObject.get(definition);
  if (hit) return hit;
  const id = `${definition.key}@${definition.version}`;
  const json = JSON.stringify(definition);
  let entry = byVersion.get(id);
  if (!entry || entry.json !== json) {
    entry = { json, machine: compile(definition) };
    byVersion.set(id, entry);
  }
  byObject.set(definition, entry.machine);
  return entry.machine;
}

export class BrokenSnapshotError extends Error {
  override name = 'BrokenSnapshotError';
}

/** The live XState snapshot for a persisted one; throws when it does not fit the definition. */
export function restore(
  definition: WorkflowDefinition,
  persisted: PersistedCard,
): WorkflowSnapshot {
  const stage = persisted?.value;
  if (typeof stage !== 'string' || !definition.stages.some((s) => s.key === stage)) {
    throw new BrokenSnapshotError(
      `Snapshot stage ${JSON.stringify(stage)} is not a stage of ${definition.key} v${definition.version}.`,
    );
  }
  const context = persisted.context;
  if (!context || typeof context.fields !== 'object' || typeof context.enteredAt !== 'string') {
    throw new BrokenSnapshotError('Snapshot context is missing its fields or enteredAt.');
  }
  return machineFor(definition).resolveState({ value: stage, context });
}

export function persist(definition: WorkflowDefinition, snapshot: WorkflowSnapshot): PersistedCard {
  return machineFor(definition).getPersistedSnapshot(snapshot) as unknown as PersistedCard;
}

const inertScopes = new WeakMap<WorkflowMachine, AnyActorScope>();

/**
 * The machine's next snapshot for `event`, as XState's `transition()` gives it without its
 * actions. `transition()` builds a new actor, system and first snapshot on every call only to
 * hand the machine an inert scope (a tenth of a step); these machines spawn, invoke and delay
 * nothing, and their actions are never executed, so one inert scope per machine serves every
 * step: it holds no card's state.
 */
export function nextSnapshot(
  machine: WorkflowMachine,
  snapshot: WorkflowSnapshot,
  event: MachineEvent,
): WorkflowSnapshot {
  let scope = inertScopes.get(machine);
  if (!scope) {
    // The scope's own actor is never started; its first snapshot only needs some context.
    const self = createActor(machine, { input: { fields: {}, enteredAt: '', dueAt: null } });
    scope = {
      self,
      system: self.system,
      id: '',
      sessionId: '',
      logger: () => {},
      defer: () => {},
      emit: () => {},
      stopChild: () => {},
      actionExecutor: () => {},
    } as unknown as AnyActorScope;
    inertScopes.set(machine, scope);
  }
  return machine.transition(snapshot, event, scope as never);
}
