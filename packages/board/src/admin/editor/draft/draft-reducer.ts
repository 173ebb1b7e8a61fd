// Every edit to the draft is one action; the reducer keeps ids, keys and references consistent.
import type {
  FieldDef,
  SlaPolicy,
  StageDef,
  TransitionDef,
  WorkflowDefinition,
} from '@stageflow/engine';
import type { DraftState, ListName } from './draft-state.ts';
import { initDraft } from './draft-state.ts';
import { keyFromLabel, uniqueKey } from './keys.ts';
import { renameFieldRefs, renameStageRefs } from './rename-refs.ts';
import { boardT } from '../../../i18n/i18n.ts';

export type DraftAction =
  | { type: 'replace'; def: WorkflowDefinition }
  | {
      type: 'meta';
      patch: Partial<Pick<WorkflowDefinition, 'key' | 'name' | 'description' | 'labels'>>;
    }
  | { type: 'initial'; stage: string }
  | { type: 'stage.add' }
  | { type: 'stage.update'; index: number; stage: StageDef }
  | { type: 'stage.remove'; index: number }
  | { type: 'stage.move'; from: number; to: number }
  | { type: 'transition.add' }
  | { type: 'transition.update'; index: number; transition: TransitionDef }
  | { type: 'transition.remove'; index: number }
  | { type: 'field.add' }
  | { type: 'field.update'; index: number; field: FieldDef }
  | { type: 'field.remove'; index: number }
  /** The SLA policy as a whole (undefined: no policy). */
  | { type: 'sla'; policy: SlaPolicy | undefined };

export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  const { def } = state;
  switch (action.type) {
    case 'replace':
      return initDraft(action.def);
    case 'meta': {
      const next = { ...def, ...action.patch };
      if (!next.description) delete next.description;
      if (!next.labels) delete next.labels;
      return { ...state, def: next };
    }
    case 'initial':
      return { ...state, def: { ...def, initial: action.stage } };
    case 'sla': {
      const next = { ...def, slaPolicy: action.policy };
      if (!action.policy) delete next.slaPolicy;
      return { ...state, def: next };
    }
    case 'stage.add': {
      const key = uniqueKey(
        'new_stage',
        def.stages.map((s) => s.key),
      );
      const stage: StageDef = {
        key,
        label: boardT()('editor.blank.stage'),
        category: 'active',
      };
      // New work stages belong before the closing ones (done / cancelled).
      const lastWorking = def.stages.findLastIndex(
        (s) => s.category === 'open' || s.category === 'active',
      );
      const at = lastWorking + 1;
      return insert(state, 'stages', at, { ...def, stages: spliced(def.stages, at, 0, stage) });
    }
    case 'stage.update':
      return updateStage(state, action.index, action.stage);
    case 'stage.remove':
      return remove(state, 'stages', action.index, {
        ...def,
        stages: spliced(def.stages, action.index, 1),
      });
    case 'stage.move':
      return moveStage(state, action.from, action.to);
    case 'transition.add': {
      const event = uniqueKey(
        'new_transition',
        def.transitions.map((t) => t.event),
      );
      const from = def.stages[0]?.key ?? def.initial;
      const to = def.stages[1]?.key ?? from;
      const transition: TransitionDef = {
        event,
        label: boardT()('editor.blank.transition'),
        from,
        to,
      };
      const at = def.transitions.length;
      return insert(state, 'transitions', at, {
        ...def,
        transitions: [...def.transitions, transition],
      });
    }
    case 'transition.update':
      return updateTransition(state, action.index, action.transition);
    case 'transition.remove':
      return remove(state, 'transitions', action.index, {
        ...def,
        transitions: spliced(def.transitions, action.index, 1),
      });
    case 'field.add': {
      const key = uniqueKey(
        'newField',
        def.fields.map((f) => f.key),
      );
      const field: FieldDef = { key, label: boardT()('editor.blank.field'), type: 'text' };
      const at = def.fields.length;
      return insert(state, 'fields', at, { ...def, fields: [...def.fields, field] });
    }
    case 'field.update':
      return updateField(state, action.index, action.field);
    case 'field.remove':
      return remove(state, 'fields', action.index, {
        ...def,
        fields: spliced(def.fields, action.index, 1),
      });
  }
}

function updateStage(state: DraftState, index: number, next: StageDef): DraftState {
  const old = state.def.stages[index];
  if (!old) return state;
  const id = state.ids.stages[index]!;
  const others = state.def.stages.filter((_, i) => i !== index).map((s) => s.key);
  const { item: stage, autoKeys } = followLabel(state, id, old, next, others, 'stage');
  let def = { ...state.def, stages: state.def.stages.map((s, i) => (i === index ? stage : s)) };
  if (stage.key !== old.key && canRename(others, old.key, stage.key)) {
    def = renameStageRefs(def, old.key, stage.key);
  }
  return { ...state, def, autoKeys };
}

function updateTransition(state: DraftState, index: number, next: TransitionDef): DraftState {
  const old = state.def.transitions[index];
  if (!old) return state;
  const id = state.ids.transitions[index]!;
  const others = state.def.transitions.filter((_, i) => i !== index).map((t) => t.event);
  let transition = next;
  let autoKeys = state.autoKeys;
  if (next.event !== old.event) autoKeys = without(autoKeys, id);
  else if (next.label !== old.label && autoKeys.has(id)) {
    transition = {
      ...next,
      event: uniqueKey(keyFromLabel(next.label, 'transition', 'snake'), others),
    };
  }
  const transitions = state.def.transitions.map((t, i) => (i === index ? transition : t));
  return { ...state, def: { ...state.def, transitions }, autoKeys };
}

function updateField(state: DraftState, index: number, next: FieldDef): DraftState {
  const old = state.def.fields[index];
  if (!old) return state;
  const id = state.ids.fields[index]!;
  const others = state.def.fields.filter((_, i) => i !== index).map((f) => f.key);
  const { item: field, autoKeys } = followLabel(state, id, old, next, others, 'field');
  let def = { ...state.def, fields: state.def.fields.map((f, i) => (i === index ? field : f)) };
  if (field.key !== old.key && canRename(others, old.key, field.key)) {
    def = renameFieldRefs(def, old.key, field.key);
  }
  return { ...state, def, autoKeys };
}

/** While an item's key was never typed by hand, it follows the label. */
function followLabel<T extends { key: string; label: string }>(
  state: DraftState,
  id: string,
  old: T,
  next: T,
  otherKeys: string[],
  fallback: string,
): { item: T; autoKeys: ReadonlySet<string> } {
  if (next.key !== old.key) return { item: next, autoKeys: without(state.autoKeys, id) };
  if (next.label !== old.label && state.autoKeys.has(id)) {
    const key = uniqueKey(
      keyFromLabel(next.label, fallback, fallback === 'field' ? 'camel' : 'snake'),
      otherKeys,
    );
    return { item: { ...next, key }, autoKeys: state.autoKeys };
  }
  return { item: next, autoKeys: state.autoKeys };
}

/** Rename references only when it cannot merge two items: the old key was unique, the new one free. */
function canRename(otherKeys: string[], oldKey: string, newKey: string): boolean {
  return !otherKeys.includes(oldKey) && !otherKeys.includes(newKey);
}

function moveStage(state: DraftState, from: number, to: number): DraftState {
  const n = state.def.stages.length;
  if (from === to || from < 0 || to < 0 || from >= n || to >= n) return state;
  return {
    ...state,
    def: { ...state.def, stages: moved(state.def.stages, from, to) },
    ids: { ...state.ids, stages: moved(state.ids.stages, from, to) },
  };
}

function insert(
  state: DraftState,
  list: ListName,
  at: number,
  def: WorkflowDefinition,
): DraftState {
  const id = `item-${state.nextId}`;
  return {
    def,
    ids: { ...state.ids, [list]: spliced(state.ids[list], at, 0, id) },
    autoKeys: new Set([...state.autoKeys, id]),
    nextId: state.nextId + 1,
  };
}

function remove(
  state: DraftState,
  list: ListName,
  index: number,
  def: WorkflowDefinition,
): DraftState {
  const id = state.ids[list][index];
  return {
    ...state,
    def,
    ids: { ...state.ids, [list]: spliced(state.ids[list], index, 1) },
    autoKeys: id ? without(state.autoKeys, id) : state.autoKeys,
  };
}

function spliced<T>(items: T[], at: number, count: number, ...add: T[]): T[] {
  const copy = [...items];
  copy.splice(at, count, ...add);
  return copy;
}

function moved<T>(items: T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

function without(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  if (!set.has(id)) return set;
  const copy = new Set(set);
  copy.delete(id);
  return copy;
}
