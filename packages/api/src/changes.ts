// The change feed (GET /api/events, Server-Sent Events): `event:` is the kind, `id:` the seq,
// `data:` one of these. Rows written by an older server are replayed on resume, so a client
// checks each payload rather than trusting it.
import { z } from 'zod';
import { Attachment } from './attachments.ts';
import { CompactCard, Fields } from './cards.ts';
import { Comment } from './comments.ts';
import { Notification } from './notifications.ts';
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
export const CardBefore = z.strictObject({ stage: z.string(), fields: Fields.optional() });
export type CardBefore = z.infer<typeof CardBefore>;

/** Moves, edits and migrations (one commit of a card) say what the card was. */
const CardCommitChange = { ...CardChange, before: CardBefore.optional() };

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

/** A comment on a card. */
export const CommentCreated = z.strictObject({
  ...Envelope,
  kind: z.literal('comment.created'),
  cardId: z.string(),
  actorId: z.string(),
  comment: Comment,
});

/** A notification: streamed to its recipient only. */
export const NotificationCreated = z.strictObject({
  ...Envelope,
  kind: z.literal('notification.created'),
  cardId: z.string(),
  recipientId: z.string(),
  notification: Notification,
});

const AttachmentChange = {
  ...Envelope,
  cardId: z.string(),
  actorId: z.string(),
  attachment: Attachment,
};

export const AttachmentAdded = z.strictObject({
  ...AttachmentChange,
  kind: z.literal('attachment.added'),
});

/** The attachment with deletedAt and deletedBy. */
export const AttachmentDeleted = z.strictObject({
  ...AttachmentChange,
  kind: z.literal('attachment.deleted'),
});

export const ChangeEvent = z.discriminatedUnion('kind', [
  CardCreated,
  CardMoved,
  CardUpdated,
  CardsMigrated,
  WorkflowPublished,
  CommentCreated,
  NotificationCreated,
  AttachmentAdded,
  AttachmentDeleted,
]);
export type ChangeEvent = z.infer<typeof ChangeEvent>;
export type ChangeKind = ChangeEvent['kind'];

/** The first message of every stream: the position it starts from. */
export const ReadyEvent = z.strictObject({ seq: z.number().int().nonnegative() });
