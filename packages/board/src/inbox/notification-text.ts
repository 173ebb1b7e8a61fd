// What a notification says, in a sentence.
import type { AppNotification } from '../api/notifications.ts';

export function notificationText(n: AppNotification, actorName: string): string {
  const card = `“${n.cardTitle}”`;
  switch (n.kind) {
    case 'mention':
      return `${actorName} mentioned you on ${card}`;
    case 'assigned':
      return `${actorName} assigned ${card} to you`;
    case 'moved':
      return `${actorName} moved ${card} to ${n.toStageLabel ?? 'another stage'}`;
  }
}

export function notificationLink(n: AppNotification): string | null {
  if (!n.workflow || !n.cardId) return null;
  return `/board/${encodeURIComponent(n.workflow)}?card=${encodeURIComponent(n.cardId)}`;
}
