// The signed-in person's notifications: loaded once, then kept current from the live feed (the
// server sends `notification.created` to its recipient only; a reconnect resumes with
// Last-Event-ID, so none is missed while offline).
import type { Notification } from '@stageflow/api';
import { useCallback, useEffect, useReducer, useState } from 'react';
import { useLiveChanges } from '../api/LiveProvider.tsx';
import {
  getInbox,
  markAllRead as markAllReadRequest,
  markRead as markReadRequest,
} from '../api/notifications.ts';
import { useSession } from '../app/session.tsx';
import { i18n } from '../i18n/i18n.ts';
import { emptyInbox, inboxReducer } from './inbox-state.ts';

export interface Inbox {
  notifications: Notification[];
  unreadCount: number;
  loaded: boolean;
  error: string | null;
  markRead: (id: string) => void;
  markAllRead: () => void;
}

export function useInbox(): Inbox {
  const { user } = useSession();
  const [state, dispatch] = useReducer(inboxReducer, emptyInbox);
  const [error, setError] = useState<string | null>(null);

  // Loaded once, and again whenever the tab comes back into view: what was read in another tab
  // or on another device is read here too.
  useEffect(() => {
    let live = true;
    const load = () =>
      getInbox()
        .then((inbox) => live && dispatch({ type: 'loaded', ...inbox }))
        .catch(() => live && setError(i18n.t('inbox.loadFailed')));
    void load();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  useLiveChanges((change) => {
    if (change.kind !== 'notification.created' || change.recipientId !== user.id) return;
    dispatch({ type: 'arrived', notification: change.notification });
  });

  const markRead = useCallback((id: string) => {
    dispatch({ type: 'read', id, at: new Date().toISOString() });
    markReadRequest(id)
      .then((unreadCount) => dispatch({ type: 'count', unreadCount }))
      .catch(() => undefined);
  }, []);

  const markAllRead = useCallback(() => {
    dispatch({ type: 'all-read', at: new Date().toISOString() });
    markAllReadRequest()
      .then((unreadCount) => dispatch({ type: 'count', unreadCount }))
      .catch(() => setError(i18n.t('inbox.markFailed')));
  }, []);

  return { ...state, error, markRead, markAllRead };
}
