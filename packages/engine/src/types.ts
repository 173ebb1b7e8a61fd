// The engine's public value types. Everything here is plain JSON-able data.
import type { Fields, FieldValue, PartsAction, Role, StageCategory } from './definition.schema.ts';
import type { Locale } from './i18n/locale.ts';
import type { Refs } from './references.ts';

/** Who acts and when: the engine has no clock and no session of its own. */
export interface Ctx {
  /** ISO 8601 timestamp of the event, e.g. "2025-03-01T09:30:00.000Z". */
  now: string;
  actor: { id: string; role: Role; name?: string };
  /** The language of every sentence and label the engine returns (default 'en'). */
  locale?: Locale;
  /**
   * The customer and equipment records the card's reference fields point at, keyed by field
   * (after the move's own values are applied). The engine reads no database: the caller resolves.
   */
  refs?: Refs;
  /**
   * The stock facts of the card's parts lines, for `{ "parts": "inStock" }` guards (the caller
   * reads them; absent: not known, and such a guard is not judged).
   */
  parts?: PartsFacts;
  /**
   * The cards linked to this one (its parent and the children it spawned), as the caller read
   * them. Absent: not resolved, and conditions on linked cards are left to whoever has them.
   */
  links?: LinkedCard[];
}

/** A parts line still waiting for stock. */
export interface PartShortage {
  sku: string;
  name: string;
  quantity: number;
}

/** What the server knows of a card's parts lines: how many, and which are not yet reserved. */
export interface PartsFacts {
  lines: number;
  short: PartShortage[];
}

/** A card linked to the one being moved, with its stage already named in the caller's language. */
export interface LinkedCard {
  id: string;
  title: string;
  /** Its workflow's key and name ("Repairs"). */
  workflow: string;
  workflowName: string;
  stage: string;
  stageLabel: string;
  category: StageCategory;
  /** Which side of the link it is on. */
  relation: 'parent' | 'child';
}

/** What a card's workflow state is made of, inside the XState snapshot's `context`. */
export interface CardContext {
  fields: Fields;
  /** When the card entered its current stage (ISO timestamp). */
  enteredAt: string;
  /** When the card becomes overdue in its current stage, or null when the stage has no SLA. */
  dueAt: string | null;
}

/**
 * XState's persisted snapshot of a card (`machine.getPersistedSnapshot`): store it as JSON,
 * hand it back to `step`/`moves`/`edit`. `value` is the stage key.
 */
export interface PersistedCard {
  value: string;
  context: CardContext;
  status: 'active' | 'done' | 'error' | 'stopped';
  [key: string]: unknown;
}

export type RejectionCode =
  | 'unknown_event' // no such transition in this workflow
  | 'not_possible_from_stage' // the transition exists but not from the card's stage
  | 'role_not_permitted'
  | 'fields_missing' // fields the transition (or creation) needs are empty
  | 'invalid_fields' // a value has the wrong type, an unknown key or an unknown option
  | 'guard_failed';

export interface FieldProblem {
  field: string;
  message: string;
  /** The field is required and empty (rather than holding a wrong value). */
  missing?: true;
}

/** A refused step, as a value. `message` is one plain sentence a manager understands. */
export interface Rejection {
  ok: false;
  code: RejectionCode;
  message: string;
  /** Every reason (the message joins them). */
  reasons: string[];
  /** Field keys the move still needs (fields_missing). */
  missing?: string[];
  /** Per-field problems (invalid_fields). */
  fieldErrors?: FieldProblem[];
}

export interface FieldChange {
  from: FieldValue | undefined;
  to: FieldValue;
}

export type Effect =
  | { type: 'stageEntered'; stage: string; from: string | null; at: string }
  | { type: 'fieldsAssigned'; changes: Record<string, FieldChange> }
  | { type: 'deadlineSet'; stage: string; dueAt: string | null }
  /** The server applies it to the card's parts lines in the same transaction. */
  | { type: 'parts'; action: PartsAction }
  | SpawnCardEffect
  | SignalParentEffect;

/** Open a card in `workflow` with these fields, linked as this card's child (made by `event`). */
export interface SpawnCardEffect {
  type: 'spawn';
  workflow: string;
  fields: Fields;
  event: string;
}

/** Send `event` to this card's parent in workflow `parent`; `required`: its refusal refuses this move. */
export interface SignalParentEffect {
  type: 'signal';
  parent: string;
  event: string;
  required: boolean;
}

export interface Accepted {
  ok: true;
  snapshot: PersistedCard;
  stage: string;
  /** The stage before (null on start). */
  from: string | null;
  /** Every field that changed value, with before and after. */
  changes: Record<string, FieldChange>;
  dueAt: string | null;
  effects: Effect[];
}

export type StepResult = Accepted | Rejection;

export interface EngineEvent {
  type: string;
  /** Values given with the move (e.g. the lost reason). */
  fields?: Fields;
}

/** One transition out of the card's current stage, for the board and the API. */
export interface Move {
  event: string;
  label: string;
  to: string;
  toLabel: string;
  allowed: boolean;
  /** Why not, in one sentence (absent when allowed). */
  reason?: string;
  code?: RejectionCode;
  /** Fields the move asks for (its `requires`), and which of them are still empty on the card. */
  requires: string[];
  missing: string[];
}

export interface Problem {
  /** JSON path into the definition, e.g. ["transitions", 3, "to"]. */
  path: (string | number)[];
  message: string;
  code: string;
}

export interface MigrationPlan {
  /** Stages of the old version that the new one no longer has: open cards there need a mapping. */
  removedStages: string[];
  addedStages: string[];
  /** Fields whose type changed: existing values may no longer fit. */
  changedFields: { key: string; from: string; to: string }[];
  removedFields: string[];
  addedFields: string[];
  /** New required fields that existing cards will not have filled. */
  newlyRequired: string[];
}
