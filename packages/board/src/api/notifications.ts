// The signed-in person's inbox and notification preferences over HTTP.
import { api } from './client.ts';

export const NOTIFICATION_KINDS = ['mention', 'assigned', 'moved'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface AppNotification {
  id: string;
  kind: NotificationKind;
  cardId: string | null;
  workflow: string | null;
  actorId: string | null;
  cardTitle: string;
  excerpt?: string;
  toStageLabel?: string;
  /** The stage's translated labels from the definition ({ ko: '진단' }). */
  toStageLabels?: Partial<Record<string, string>>;
  createdAt: string;
  readAt: string | null;
}

export interface Preference {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const orNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function toNotification(data: unknown): AppNotification {
  const n = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const kind = NOTIFICATION_KINDS.find((k) => k === n.kind) ?? 'mention';
  return {
    id: text(n.id),
    kind,
    cardId: orNull(n.cardId),
    workflow: orNull(n.workflow),
    actorId: orNull(n.actorId),
    cardTitle: text(n.cardTitle),
    excerpt: typeof n.excerpt === 'string' ? n.excerpt : undefined,
    toStageLabel: typeof n.toStageLabel === 'string' ? n.toStageLabel : undefined,
    toStageLabels:
      typeof n.toStageLabels === 'object' && n.toStageLabels !== null
        ? (n.toStageLabels as Record<string, string>)
        : undefined,
    createdAt: text(n.createdAt),
    readAt: orNull(n.readAt),
  };
}

export async function getInbox(): Promise<{
  notifications: AppNotification[];
  unreadCount: number;
}> {
  const { data } = await api.get<{ notifications?: unknown[]; unreadCount?: number }>(
    '/api/notifications',
  );
  return {
    notifications: (data.notifications ?? []).map(toNotification),
    unreadCount: Number(data.unreadCount ?? 0),
  };
}

export async function markRead(id: string): Promise<number> {
  const { data } = await api.post<{ unreadCount: number }>(
    `/api/notifications/${encodeURIComponent(id)}/read`,
  );
  return data.unreadCount;
}

export async function markAllRead(): Promise<number> {
  return (await api.post<{ unreadCount: number }>('/api/notifications/read-all')).data.unreadCount;
}

export interface Preferences {
  preferences: Preference[];
  /** The server has a mail server set up; otherwise email cannot be chosen. */
  emailAvailable: boolean;
}

export async function getPreferences(): Promise<Preferences> {
  return (await api.get<Preferences>('/api/notifications/preferences')).data;
}

export async function savePreferences(preferences: Preference[]): Promise<Preferences> {
  return (await api.put<Preferences>('/api/notifications/preferences', { preferences })).data;
}
