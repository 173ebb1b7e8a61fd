// Creates notifications inside the writer's transaction, so a notification exists exactly when
// the comment, assignment or move that caused it committed. Each one is also a change-feed row
// carrying `recipientId`, which the SSE stream shows to that recipient only.
import { randomUUID } from 'node:crypto';
import { storeOf, type WriteTx } from '../db/transaction.ts';
import type { CardRow, NotificationKind, NotificationsTable } from '../db/schema.ts';
import { appendChange } from '../events/change-feed.ts';
import { isActiveUser } from '../cards/card.repository.ts';
import { findVersionRow } from '../workflows/workflow.repository.ts';
import { findDefinition, parseStoredDefinition } from '../workflows/definition-cache.ts';
import { enqueueNotificationEmail } from './notification-email.ts';
import { insertNotification, readPreference } from './notification.repository.ts';
import { toNotificationDto, type NotificationDetail } from './notification-view.ts';

export interface NotifyInput {
  recipientId: string;
  kind: NotificationKind;
  actorId: string;
  card: Pick<CardRow, 'id' | 'workflow_key' | 'title'>;
  at: string;
  detail?: NotificationDetail;
}

/**
 * Nobody is told about their own action, nor a disabled user, nor someone who turned it off. In
 * the app and by email are separate choices; the email goes through the outbox.
 */
export async function notify(trx: WriteTx, input: NotifyInput): Promise<boolean> {
  if (input.recipientId === input.actorId) return false;
  if (!(await isActiveUser(trx, input.recipientId))) return false;
  const preference = await readPreference(trx, input.recipientId, input.kind);
  if (preference.email) {
    await enqueueNotificationEmail(trx, { ...input, detail: input.detail ?? {} });
  }
  if (!preference.inApp) return false;
  const row: NotificationsTable = {
    id: randomUUID(),
    user_id: input.recipientId,
    kind: input.kind,
    card_id: input.card.id,
    workflow_key: input.card.workflow_key,
    actor_id: input.actorId,
    detail: JSON.stringify({ cardTitle: input.card.title, ...input.detail }),
    created_at: input.at,
    read_at: null,
  };
  await insertNotification(trx, row);
  await appendChange(trx, {
    at: input.at,
    kind: 'notification.created',
    workflowKey: input.card.workflow_key,
    cardId: input.card.id,
    payload: { recipientId: input.recipientId, notification: toNotificationDto(row) },
  });
  return true;
}

/**
 * After a card change commits its row: tell a new assignee they were given the card, or tell the
 * assignee that someone else moved their card.
 */
export async function notifyCardChange(
  trx: WriteTx,
  before: CardRow | null,
  after: CardRow,
  actorId: string,
  at: string,
): Promise<void> {
  const assignee = after.assignee_id;
  if (!assignee || assignee === actorId) return;
  const base = { recipientId: assignee, actorId, card: after, at };
  if (assignee !== before?.assignee_id) {
    await notify(trx, { ...base, kind: 'assigned', detail: { toStage: after.stage } });
    return;
  }
  if (before && before.stage !== after.stage) {
    const stages = await stagesOf(trx, after);
    const to = stages.get(after.stage);
    await notify(trx, {
      ...base,
      kind: 'moved',
      detail: {
        fromStage: before.stage,
        toStage: after.stage,
        fromStageLabel: stages.get(before.stage)?.label ?? before.stage,
        toStageLabel: to?.label ?? after.stage,
        ...(to?.labels ? { toStageLabels: to.labels } : {}),
      },
    });
  }
}

async function stagesOf(trx: WriteTx, card: CardRow) {
  // The store's parsed definitions, not a parse of the stored text on every move of a card with
  // an assignee (a zod parse of the whole definition).
  const store = storeOf(trx);
  const definition = store
    ? await findDefinition(store, trx, card.workflow_key, card.workflow_version)
    : await findVersionRow(trx, card.workflow_key, card.workflow_version).then((row) =>
        row ? parseStoredDefinition(row.definition) : undefined,
      );
  return new Map((definition?.stages ?? []).map((s) => [s.key, s]));
}
