// The change feed (GET /api/events, Server-Sent Events): `event:` is the kind, `id:` the seq,
// `data:` one of these. Rows written by an older server are replayed on resume, so a client
// checks each payload rather than trusting it.
import { z } from 'zod';
import { CompactCard, Fields } from './cards.ts';
import { Timestamp } from './time.ts';

const Envelope = {
  seq: z.number().int().positive(),
  at: Timestamp,
  workflowKey: z.string(),
};

const CardChange = {
  ...Envelope,
  cardId: z.string(),
  /** Who made the change. */
  actorId: z.string(),
  /** The card after the change. */
  card: CompactCard,
};

/**
 * What a changed card was, so a board holding only counts and a window of cards can move its
 * counts and money totals (fields only when they changed). Absent in rows an older server wrote.
 */
const Before = z.strictObject({ stage: z.string(), fields: Fields.optional() });

/** Moves, edits and migrations (one commit of a card) say what the card was. */
const CardCommitChange = { ...CardChange, before: Before.optional() };

export const CardCreated = z.strictObject({ ...CardChange, kind: z.literal('card.created') });

export const CardMoved = z.strictObject({
  ...CardCommitChange,
  kind: z.literal('card.moved'),
  event: z.string(),
  from: z.string(),
  to: z.string(),
});

export const CardUpdated = z.strictObject({
  ...CardCommitChange,
  kind: z.literal('card.updated'),
  /** What changed: title, fields, assignee, position. */
  changes: z.array(z.string()),
});

export const CardsMigrated = z.strictObject({
  ...CardCommitChange,
  kind: z.literal('cards.migrated'),
  fromVersion: z.number().int().positive(),
  toVersion: z.number().int().positive(),
  from: z.string(),
  to: z.string(),
});

export const WorkflowPublished = z.strictObject({
  ...Envelope,
  kind: z.literal('workflow.published'),
  cardId: z.null(),
  version: z.number().int().positive(),
  name: z.string(),
  publishedBy: z.string(),
});

/**
 * Comments, notifications and attachments arrived after these schemas were written: their
 * envelope is checked, their members are not described here yet.
 */
export const OtherChange = z.looseObject({
  ...Envelope,
  kind: z.enum([
    'comment.created',
    'notification.created',
    'attachment.added',
    'attachment.deleted',
  ]),
  cardId: z.string().nullable(),
});

export const ChangeEvent = z.discriminatedUnion('kind', [
  CardCreated,
  CardMoved,
  CardUpdated,
  CardsMigrated,
  WorkflowPublished,
  OtherChange,
]);
export type ChangeEvent = z.infer<typeof ChangeEvent>;
export type ChangeKind = ChangeEvent['kind'];

/** The first message of every stream: the position it starts from. */
export const ReadyEvent = z.strictObject({ seq: z.number().int().nonnegative() });
