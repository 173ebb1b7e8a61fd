// The email a notification becomes, when its recipient asked for email: written to the outbox in
// the same transaction as the notification, so it is sent exactly when the change committed. It
// is written in the recipient's language (their stored locale, else English).
import { DEFAULT_LOCALE, isLocale, type Locale } from '@stageflow/engine';
import type { WriteTx } from '../db/transaction.ts';
import type { NotificationKind } from '../db/schema.ts';
import { serverT } from '../i18n/translate.ts';
import { enqueue } from '../outbox/outbox.repository.ts';
import type { EmailPayload } from '../outbox/email-sender.ts';
import type { NotificationDetail } from './notification-view.ts';

export function emailText(
  kind: NotificationKind,
  actor: string,
  card: string,
  detail: NotificationDetail,
  locale: Locale,
): { subject: string; text: string } {
  const t = serverT(locale);
  switch (kind) {
    case 'mention':
      return {
        subject: t('email.mentionSubject', { actor, card }),
        text: `${t('email.mentionText', { actor, card })}\n\n${detail.excerpt ?? ''}`,
      };
    case 'assigned':
      return {
        subject: t('email.assignedSubject', { actor, card }),
        text: t('email.assignedText', { actor, card }),
      };
    case 'moved': {
      const to = detail.toStageLabels?.[locale] ?? detail.toStageLabel ?? detail.toStage ?? '';
      const from = detail.fromStageLabel ?? detail.fromStage ?? '';
      return {
        subject: t('email.movedSubject', { actor, card, to }),
        text: t('email.movedText', { actor, card, from, to }),
      };
    }
    case 'escalation': {
      const label = (plain?: string, labels?: Partial<Record<string, string>>) =>
        labels?.[locale] ?? plain ?? '';
      const threshold = detail.threshold ?? 'breach';
      const values = {
        actor,
        card,
        stage: label(detail.toStageLabel ?? detail.toStage, detail.toStageLabels),
        target: label(detail.targetLabel, detail.targetLabels),
        move: label(detail.moveLabel, detail.moveLabels),
      };
      return {
        subject: t(`email.escalation.${threshold}Subject`, values),
        text: t(`email.escalation.${threshold}Text`, values),
      };
    }
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
    .select(['id', 'name', 'email', 'locale'])
    .where('id', 'in', [input.recipientId, input.actorId])
    .execute();
  const recipient = people.find((p) => p.id === input.recipientId);
  if (!recipient) return;
  const locale = isLocale(recipient.locale) ? recipient.locale : DEFAULT_LOCALE;
  const actor =
    people.find((p) => p.id === input.actorId)?.name ?? serverT(locale)('email.someone');
  const payload: EmailPayload = {
    to: recipient.email,
    ...emailText(input.kind, actor, input.card.title, input.detail, locale),
    path: `/board/${encodeURIComponent(input.card.workflow_key)}?card=${encodeURIComponent(input.card.id)}`,
  };
  await enqueue(trx, 'email', { ...payload }, input.at);
}
