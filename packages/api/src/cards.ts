// Cards as the server sends them: the full card (GET /api/cards/:id and every write), the compact
// card (board columns, change feed), the list page and the history.
import { z } from 'zod';
import {
  FieldValue,
  type Move as EngineMove,
  type SlaState as EngineSlaState,
  type StageEntry as EngineStageEntry,
} from '@stageflow/engine';
import { Timestamp } from './time.ts';

export const Fields = z.record(z.string(), FieldValue);

/** XState's persisted snapshot of a card; `value` is the stage key. */
export const PersistedCard = z.looseObject({
  value: z.string(),
  context: z.strictObject({
    fields: Fields,
    enteredAt: Timestamp,
    dueAt: Timestamp.nullable(),
  }),
  status: z.enum(['active', 'done', 'error', 'stopped']),
});

const REJECTION_CODES = [
  'unknown_event',
  'not_possible_from_stage',
  'role_not_permitted',
  'fields_missing',
  'invalid_fields',
  'guard_failed',
] as const;

/** One transition out of the card's stage as the engine judged it for the caller. */
export const Move = z.strictObject({
  event: z.string(),
  label: z.string(),
  to: z.string(),
  toLabel: z.string(),
  allowed: z.boolean(),
  reason: z.string().optional(),
  code: z.enum(REJECTION_CODES).optional(),
  requires: z.array(z.string()),
  missing: z.array(z.string()),
}) satisfies z.ZodType<EngineMove>;

/** A customer or equipment unit a reference field points at: its id and attributes. */
export const RefRecord = z.object({ id: z.string() }).catchall(FieldValue);

/** One stage a card entered and when (from its history). */
export const StageEntry = z.strictObject({
  stage: z.string(),
  at: Timestamp,
}) satisfies z.ZodType<EngineStageEntry>;
export type StageEntry = z.infer<typeof StageEntry>;

const SlaTargetState = z.strictObject({
  key: z.string(),
  label: z.string(),
  status: z.enum(['ok', 'warning', 'breached']),
  clock: z.enum(['running', 'paused', 'stopped', 'idle']),
  elapsedMs: z.number(),
  warnMs: z.number(),
  limitMs: z.number(),
  /** limitMs − elapsedMs; negative once breached. */
  remainingMs: z.number(),
  /** When it breached, or will if the clock keeps running; null if it never will. */
  breachAt: Timestamp.nullable(),
});

/** The workflow policy's SLA targets as of the answer's time. */
export const SlaState = z.strictObject({
  targets: z.array(SlaTargetState),
  worst: SlaTargetState,
}) satisfies z.ZodType<EngineSlaState>;
export type SlaState = z.infer<typeof SlaState>;

const CardCore = z.strictObject({
  id: z.string(),
  title: z.string(),
  stage: z.string(),
  position: z.string(),
  /** A user id; names come from the directory. */
  assignee: z.string().nullable(),
  revision: z.number().int().positive(),
  enteredAt: Timestamp,
  dueAt: Timestamp.nullable(),
  overdue: z.boolean(),
  version: z.number().int().positive(),
  /** Every field with a value (a cleared field is absent). */
  fields: Fields,
});

/** What the board holds of a card: enough for the engine in the browser to decide moves. */
export const CompactCard = z.strictObject({
  ...CardCore.shape,
  /**
   * The stages it entered and when (board load only; the live feed leaves it out and the board
   * appends the entry a move makes), for the engine's slaState() in the browser.
   */
  stageLog: z.array(StageEntry).optional(),
});
export type CompactCard = z.infer<typeof CompactCard>;

export const Card = z.strictObject({
  ...CardCore.shape,
  workflow: z.string(),
  createdBy: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  snapshot: PersistedCard,
});
export type Card = z.infer<typeof Card>;

/** GET /api/cards/:id, POST /api/cards, PATCH /api/cards/:id, POST …/transitions. */
export const CardDetail = z.strictObject({
  ...Card.shape,
  /** The records the card's reference fields point at, by field key. */
  refs: z.record(z.string(), RefRecord),
  moves: z.array(Move),
  /** GET only: the stages entered, from history. */
  stageLog: z.array(StageEntry).optional(),
  /** GET only: the SLA as of now (null when the workflow has no policy). */
  sla: SlaState.nullable().optional(),
});
export type CardDetail = z.infer<typeof CardDetail>;

export const CardList = z.strictObject({
  cards: z.array(Card),
  /** Pass back as `cursor` for the next page; null on the last. */
  nextCursor: z.string().nullable(),
});
export type CardList = z.infer<typeof CardList>;

const Change = <T extends z.ZodType>(value: T) =>
  z.strictObject({ from: value.nullable().optional(), to: value });

/** What one revision changed; which members appear depends on the entry's kind. */
export const HistoryChanges = z.strictObject({
  title: Change(z.string()).optional(),
  /** Field key → before/after (before is absent when the field had no value). */
  fields: z.record(z.string(), Change(FieldValue)).optional(),
  assignee: Change(z.string()).optional(),
  position: Change(z.string()).optional(),
  /** The values given with a move. */
  input: Fields.optional(),
  version: Change(z.number().int()).optional(),
  /** Fields a migration dropped because the new version has no such field. */
  removedFields: z.array(z.string()).optional(),
  /** Parts lines added to or removed from the card. */
  parts: z
    .array(
      z.strictObject({
        change: z.enum(['added', 'removed']),
        sku: z.string(),
        quantity: z.number().int(),
      }),
    )
    .optional(),
  /** A card spawned by another card's move: that card (its parent) and the move. */
  parent: z.strictObject({ card: z.string(), event: z.string() }).optional(),
  /** A signal from a linked child (kind "signal"): the child, and why this card refused it. */
  signal: z.strictObject({ from: z.string(), refused: z.string() }).optional(),
});
export type HistoryChanges = z.infer<typeof HistoryChanges>;

export const HISTORY_KINDS = ['created', 'transition', 'edit', 'migration', 'signal'] as const;

export const HistoryEntry = z.strictObject({
  revision: z.number().int().positive(),
  at: Timestamp,
  actorId: z.string(),
  kind: z.enum(HISTORY_KINDS),
  event: z.string().nullable(),
  fromStage: z.string().nullable(),
  toStage: z.string(),
  changes: HistoryChanges,
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const CardHistory = z.strictObject({ history: z.array(HistoryEntry) });
export type CardHistory = z.infer<typeof CardHistory>;
