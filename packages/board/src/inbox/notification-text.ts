// What a notification says, in a sentence of the shown language.
import type { Locale } from '@stageflow/engine';
import type { Notification } from '@stageflow/api';
import type { BoardT } from '../i18n/useT.ts';

export function notificationText(
  n: Notification,
  actor: string,
  t: BoardT,
  locale: Locale,
): string {
  const card = n.cardTitle;
  switch (n.kind) {
    case 'mention':
      return t('inbox.mention', { actor, card });
    case 'assigned':
      return t('inbox.assigned', { actor, card });
    case 'moved': {
      const stage = n.toStageLabels?.[locale] ?? n.toStageLabel ?? t('inbox.anotherStage');
      return t('inbox.moved', { actor, card, stage });
    }
    case 'escalation': {
      const stage = n.toStageLabels?.[locale] ?? n.toStageLabel ?? t('inbox.anotherStage');
      const target = n.targetLabels?.[locale] ?? n.targetLabel ?? '';
      const move = n.moveLabels?.[locale] ?? n.moveLabel ?? '';
      return t(`inbox.escalation.${n.threshold ?? 'breach'}`, { actor, card, stage, target, move });
    }
  }
}

export function notificationLink(n: Notification): string | null {
  if (!n.workflow || !n.cardId) return null;
  return `/board/${encodeURIComponent(n.workflow)}?card=${encodeURIComponent(n.cardId)}`;
}
