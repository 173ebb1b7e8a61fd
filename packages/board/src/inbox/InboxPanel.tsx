// The inbox: newest first, unread ones marked; a click opens the card and marks it read.
import { useState } from 'react';
import { useDirectory } from '../app/directory.tsx';
import { linkHandler } from '../app/router.ts';
import { formatDateTime, relativeTime } from '../board/time.ts';
import { useT } from '../i18n/useT.ts';
import { NotificationPreferences } from './NotificationPreferences.tsx';
import { notificationLink, notificationText } from './notification-text.ts';
import type { Inbox } from './useInbox.ts';

export function InboxPanel({
  id,
  inbox,
  onNavigate,
}: {
  id: string;
  inbox: Inbox;
  onNavigate: () => void;
}) {
  const { nameOf } = useDirectory();
  const { t, locale } = useT();
  const [settings, setSettings] = useState(false);
  const now = Date.now();
  return (
    <section id={id} className="inbox-panel" aria-label={t('inbox.title')}>
      <header className="inbox-header">
        <h2>{t('inbox.title')}</h2>
        <div>
          <button
            type="button"
            className="button ghost small"
            disabled={inbox.unreadCount === 0}
            onClick={inbox.markAllRead}
          >
            {t('inbox.markAllRead')}
          </button>
          <button
            type="button"
            className="button ghost small"
            aria-pressed={settings}
            onClick={() => setSettings((s) => !s)}
          >
            {t('inbox.settings')}
          </button>
        </div>
      </header>
      {inbox.error && (
        <p className="form-error" role="alert">
          {inbox.error}
        </p>
      )}
      {settings && <NotificationPreferences />}
      {inbox.loaded && inbox.notifications.length === 0 && (
        <p className="muted inbox-empty">{t('inbox.empty')}</p>
      )}
      <ul className="inbox-list">
        {inbox.notifications.map((n) => {
          const to = notificationLink(n);
          const actor = n.actorId ? nameOf(n.actorId) : t('inbox.someone');
          const text = notificationText(n, actor, t, locale);
          const body = (
            <>
              <span className="inbox-text">{text}</span>
              {n.excerpt && <span className="inbox-excerpt">{n.excerpt}</span>}
              <time
                className="inbox-time"
                dateTime={n.createdAt}
                title={formatDateTime(n.createdAt)}
              >
                {relativeTime(n.createdAt, now)}
              </time>
            </>
          );
          return (
            <li key={n.id} className={n.readAt ? 'inbox-item' : 'inbox-item unread'}>
              {to ? (
                <a
                  href={to}
                  onClick={(e) => {
                    inbox.markRead(n.id);
                    onNavigate();
                    linkHandler(to)(e);
                  }}
                >
                  {body}
                </a>
              ) : (
                body
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
