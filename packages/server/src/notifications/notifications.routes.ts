// /notifications: the caller's own inbox and preferences. Nobody reads another person's.
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Store } from '../db/database.ts';
import { writeTransaction } from '../db/transaction.ts';
import { requireUser } from '../auth/middleware.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { parseJson, parseQuery } from '../http/parse-json.ts';
import {
  countUnread,
  listNotificationRows,
  markAllRead,
  markRead,
  readPreferences,
  writePreferences,
} from './notification.repository.ts';
import { toNotificationDto } from './notification-view.ts';
import { InboxQuery, PreferencesBody } from './notification.schemas.ts';
import { registerNotificationOperations } from './notifications.openapi.ts';

const DEFAULT_PAGE = 30;

export function notificationsRoutes(deps: {
  store: Store;
  now: () => Date;
  /** Whether an SMTP server is configured; without one nobody can choose email. */
  emailAvailable: boolean;
}): Hono<AppEnv> {
  const { store, now, emailAvailable } = deps;
  const app = new Hono<AppEnv>();
  registerNotificationOperations();
  app.use('/notifications', requireUser);
  app.use('/notifications/*', requireUser);

  app.get('/notifications', async (c) => {
    const query = parseQuery(c, InboxQuery);
    const userId = c.get('user').id;
    const rows = await listNotificationRows(store.db, userId, {
      unreadOnly: query.unread === 'true',
      limit: query.limit ?? DEFAULT_PAGE,
      before: query.before,
    });
    return c.json({
      notifications: rows.map(toNotificationDto),
      unreadCount: await countUnread(store.db, userId),
    });
  });

  app.post('/notifications/read-all', async (c) => {
    const userId = c.get('user').id;
    await writeTransaction(store, (trx) => markAllRead(trx, userId, now().toISOString()));
    return c.json({ unreadCount: await countUnread(store.db, userId) });
  });

  app.post('/notifications/:id/read', async (c) => {
    const userId = c.get('user').id;
    const id = c.req.param('id');
    const found = await writeTransaction(store, (trx) =>
      markRead(trx, userId, id, now().toISOString()),
    );
    // Someone else's notification is as absent as one that never existed.
    if (!found)
      throw new HttpProblem(404, 'notification-not-found', say('notifications.notFound', { id }));
    return c.json({ unreadCount: await countUnread(store.db, userId) });
  });

  app.get('/notifications/preferences', async (c) =>
    c.json({ preferences: await readPreferences(store.db, c.get('user').id), emailAvailable }),
  );

  app.put('/notifications/preferences', async (c) => {
    const body = await parseJson(c, PreferencesBody);
    const userId = c.get('user').id;
    if (!emailAvailable && body.preferences.some((p) => p.email)) {
      throw new HttpProblem(422, 'email-not-configured', say('notifications.emailNotConfigured'), {
        field: 'preferences',
      });
    }
    await writeTransaction(store, (trx) => writePreferences(trx, userId, body.preferences));
    return c.json({ preferences: await readPreferences(store.db, userId), emailAvailable });
  });

  return app;
}
