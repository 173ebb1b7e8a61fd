// The signed-in person's notifications: loaded once, then kept current from the live feed (the
// server sends `notification.created` to its recipient only; a reconnect resumes with
// Last-Event-ID, so none is missed while offline).
import { useCallback, useEffect, useState } from 'react';
import { useLiveChanges } from '../api/LiveProvider.tsx';
import {
  getInbox,
  markAllRead as markAllReadRequest,
  markRead as markReadRequest,
  toNotification,
  type AppNotification,
} from '../api/notifications.ts';
import { useSession } from '../app/session.tsx';

export interface Inbox {
  notifications: AppNotification[];
  unreadCount: number;
  loaded: boolean;
  error: string | null;
  markRead: (id: string) => void;
  markAllRead: () => void;
}

export function useInbox(): Inbox {
  const { user } = useSession();
  const [notifications, setNotifications] = useState<AppNotification[]>([]);
  const [unreadCount, setUnreadCount] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    getInbox()
      .then((inbox) => {
        if (!live) return;
        // Anything that arrived live while this was loading is in the answer too.
        setNotifications(inbox.notifications);
        setUnreadCount(inbox.unreadCount);
        setLoaded(true);
      })
      .catch(() => live && setError('The notifications could not be loaded.'));
    return () => {
      live = false;
    };
  }, []);

  useLiveChanges((change) => {
    if (change.kind !== 'notification.created' || change.payload.recipientId !== user.id) return;
    const notification = toNotification(change.payload.notification);
    setNotifications((list) => {
      if (list.some((n) => n.id === notification.id)) return list;
      setUnreadCount((n) => n + 1);
      return [notification, ...list];
    });
  });

  const markRead = useCallback((id: string) => {
    setNotifications((list) => {
      const target = list.find((n) => n.id === id);
      if (!target || target.readAt) return list;
      setUnreadCount((n) => Math.max(0, n - 1));
      const at = new Date().toISOString();
      return list.map((n) => (n.id === id ? { ...n, readAt: at } : n));
    });
    markReadRequest(id)
      .then(setUnreadCount)
      .catch(() => undefined);
  }, []);

  const markAllRead = useCallback(() => {
    const at = new Date().toISOString();
    setNotifications((list) => list.map((n) => (n.readAt ? n : { ...n, readAt: at })));
    setUnreadCount(0);
    markAllReadRequest()
      .then(setUnreadCount)
      .catch(() => setError('The notifications could not be marked read.'));
  }, []);

  return { notifications, unreadCount, loaded, error, markRead, markAllRead };
}
