// The inbox as one pure reducer, so a notification that arrives twice (live and in the first
// load, or replayed after a reconnect) is counted once.
import type { Notification } from '@stageflow/api';

export interface InboxState {
  notifications: Notification[];
  unreadCount: number;
  loaded: boolean;
}

export type InboxAction =
  | { type: 'loaded'; notifications: Notification[]; unreadCount: number }
  | { type: 'arrived'; notification: Notification }
  | { type: 'read'; id: string; at: string }
  | { type: 'all-read'; at: string }
  | { type: 'count'; unreadCount: number };

export const emptyInbox: InboxState = { notifications: [], unreadCount: 0, loaded: false };

export function inboxReducer(state: InboxState, action: InboxAction): InboxState {
  switch (action.type) {
    case 'loaded': {
      // Live arrivals newer than the answer stay on top; anything older is the answer's business
      // (read elsewhere, or on a later page).
      const known = new Set(action.notifications.map((n) => n.id));
      const newest = action.notifications[0]?.createdAt ?? '';
      const newer = state.notifications.filter(
        (n) => !known.has(n.id) && !n.readAt && n.createdAt >= newest,
      );
      return {
        notifications: [...newer, ...action.notifications],
        unreadCount: action.unreadCount + newer.length,
        loaded: true,
      };
    }
    case 'arrived':
      if (state.notifications.some((n) => n.id === action.notification.id)) return state;
      return {
        ...state,
        notifications: [action.notification, ...state.notifications],
        unreadCount: state.unreadCount + (action.notification.readAt ? 0 : 1),
      };
    case 'read': {
      const target = state.notifications.find((n) => n.id === action.id);
      if (!target || target.readAt) return state;
      return {
        ...state,
        notifications: state.notifications.map((n) =>
          n.id === action.id ? { ...n, readAt: action.at } : n,
        ),
        unreadCount: Math.max(0, state.unreadCount - 1),
      };
    }
    case 'all-read':
      return {
        ...state,
        notifications: state.notifications.map((n) => (n.readAt ? n : { ...n, readAt: action.at })),
        unreadCount: 0,
      };
    case 'count':
      return { ...state, unreadCount: action.unreadCount };
  }
}
