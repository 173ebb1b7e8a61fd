// The email a notification becomes, when its recipient asked for email: written to the outbox in
// the same transaction as the notification, so it is sent exactly when the change committed.
import type { WriteTx } from '../db/transaction.ts';
import type { NotificationKind } from '../db/schema.ts';
import { enqueue } from '../outbox/outbox.repository.ts';
import type { EmailPayload } from '../outbox/email-sender.ts';
import type { NotificationDetail } from './notification-view.ts';

export function emailText(
  kind: NotificationKind,
  actorName: string,
  cardTitle: string,
  detail: NotificationDetail,
): { subject: string; text: string } {
  const card = `“${cardTitle}”`;
  switch (kind) {
    case 'mention':
      return {
        subject: `${actorName} mentioned you on ${card}`,
        text: `${actorName} mentioned you in a comment on ${card}:\n\n${detail.excerpt ?? ''}`,
      };
    case 'assigned':
      return {
        subject: `${actorName} assigned ${card} to you`,
        text: `${actorName} assigned the card ${card} to you.`,
      };
    case 'moved':
      return {
        subject: `${actorName} moved ${card} to ${detail.toStageLabel ?? detail.toStage ?? ''}`,
        text: `${actorName} moved your card ${card} from ${detail.fromStageLabel ?? ''} to ${detail.toStageLabel ?? ''}.`,
      };
  }
}

export async function enqueueNotificationEmail(
  trx: WriteTx,
  input: {
    recipientId: string;
    actorId: string;
    kind: NotificationKind;
    card: { id: string; workflow_key: string; title: string };
    detail: NotificationDetail;
    at: string;
  },
): Promise<void> {
  const people = await trx
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where('id', 'in', [input.recipientId, input.actorId])
    .execute();
  const recipient = people.find((p) => p.id === input.recipientId);
  if (!recipient) return;
  const actorName = people.find((p) => p.id === input.actorId)?.name ?? 'Someone';
  const payload: EmailPayload = {
    to: recipient.email,
    ...emailText(input.kind, actorName, input.card.title, input.detail),
    path: `/board/${encodeURIComponent(input.card.workflow_key)}?card=${encodeURIComponent(input.card.id)}`,
  };
  await enqueue(trx, 'email', { ...payload }, input.at);
}
