// A notification as the API and the live feed send it.
import type { NotificationKind, NotificationRow } from '../db/schema.ts';

export interface NotificationDetail {
  cardTitle?: string;
  fromStage?: string | null;
  toStage?: string;
  /** Stage labels from the card's workflow version, so the inbox reads without a definition. */
  fromStageLabel?: string | null;
  toStageLabel?: string;
  /** The stage's translated labels ({ ko: '진단' }), as the definition has them. */
  toStageLabels?: Partial<Record<string, string>>;
  commentId?: string;
  /** The start of the comment that mentioned the recipient. */
  excerpt?: string;
  /** Escalations: which SLA threshold was crossed, or `move` for a transition that notifies. */
  threshold?: 'warning' | 'breach' | 'move';
  /** The SLA target (escalations of a threshold), with its translations. */
  targetLabel?: string;
  targetLabels?: Partial<Record<string, string>>;
  /** The move made (escalations of a transition), with its translations. */
  moveLabel?: string;
  moveLabels?: Partial<Record<string, string>>;
}

export interface NotificationDto extends NotificationDetail {
  id: string;
  kind: NotificationKind;
  cardId: string | null;
  workflow: string | null;
  actorId: string | null;
  createdAt: string;
  readAt: string | null;
}

export function toNotificationDto(row: NotificationRow): NotificationDto {
  return {
    ...(JSON.parse(row.detail) as NotificationDetail),
    id: row.id,
    kind: row.kind,
    cardId: row.card_id,
    workflow: row.workflow_key,
    actorId: row.actor_id,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}
