// The signed-in person's inbox (GET /api/notifications, the `notification.created` change) and
// their preferences (GET/PUT /api/notifications/preferences).
import { z } from 'zod';
import { Labels } from '@stageflow/engine';
import { Timestamp } from './time.ts';

export const NOTIFICATION_KINDS = ['mention', 'assigned', 'moved', 'escalation'] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const Notification = z.strictObject({
  id: z.string(),
  /**
   * mention: a comment named you; assigned: a card was given to you; moved: your card moved;
   * escalation: an SLA threshold or a move told your role.
   */
  kind: NotificationKind,
  cardId: z.string().nullable(),
  workflow: z.string().nullable(),
  actorId: z.string().nullable(),
  createdAt: Timestamp,
  readAt: Timestamp.nullable(),
  /** The card's title when it happened. */
  cardTitle: z.string().optional(),
  /** moved and assigned: the stages, with their labels so the inbox reads without a definition. */
  fromStage: z.string().nullable().optional(),
  toStage: z.string().optional(),
  fromStageLabel: z.string().nullable().optional(),
  toStageLabel: z.string().optional(),
  toStageLabels: Labels.optional(),
  /** mention: the comment and its start. */
  commentId: z.string().optional(),
  excerpt: z.string().optional(),
  /** escalation: the SLA threshold crossed, or `move` for a transition that notifies a role. */
  threshold: z.enum(['warning', 'breach', 'move']).optional(),
  /** escalation: the SLA target, or the move made, with their translations. */
  targetLabel: z.string().optional(),
  targetLabels: Labels.optional(),
  moveLabel: z.string().optional(),
  moveLabels: Labels.optional(),
});
export type Notification = z.infer<typeof Notification>;

/** GET /api/notifications: newest first. */
export const Inbox = z.strictObject({
  notifications: z.array(Notification),
  unreadCount: z.number().int().nonnegative(),
});
export type Inbox = z.infer<typeof Inbox>;

/** POST /api/notifications/:id/read and /read-all. */
export const UnreadCount = z.strictObject({ unreadCount: z.number().int().nonnegative() });

export const Preference = z.strictObject({
  kind: NotificationKind,
  inApp: z.boolean(),
  email: z.boolean(),
});
export type Preference = z.infer<typeof Preference>;

/** GET/PUT /api/notifications/preferences: every kind. */
export const Preferences = z.strictObject({
  preferences: z.array(Preference),
  /** The server has a mail server set up; otherwise email cannot be chosen. */
  emailAvailable: z.boolean(),
});
export type Preferences = z.infer<typeof Preferences>;
