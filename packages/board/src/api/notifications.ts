// The signed-in person's inbox and notification preferences over HTTP.
import { Inbox, Preferences, UnreadCount, type Preference } from '@stageflow/api';
import { api } from './client.ts';

export async function getInbox(): Promise<Inbox> {
  return (await api.get('/api/notifications', Inbox)).data;
}

export async function markRead(id: string): Promise<number> {
  const path = `/api/notifications/${encodeURIComponent(id)}/read`;
  return (await api.post(path, UnreadCount)).data.unreadCount;
}

export async function markAllRead(): Promise<number> {
  return (await api.post('/api/notifications/read-all', UnreadCount)).data.unreadCount;
}

export async function getPreferences(): Promise<Preferences> {
  return (await api.get('/api/notifications/preferences', Preferences)).data;
}

export async function savePreferences(preferences: Preference[]): Promise<Preferences> {
  return (await api.put('/api/notifications/preferences', Preferences, { preferences })).data;
}
