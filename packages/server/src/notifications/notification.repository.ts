// The inbox rows and the per-user preferences. Plain functions, `db` first; writers pass their
// transaction handle.
import type { Kysely } from 'kysely';
import {
  NOTIFICATION_KINDS,
  type Database,
  type NotificationKind,
  type NotificationRow,
  type NotificationsTable,
} from '../db/schema.ts';

type Db = Kysely<Database>;

export async function insertNotification(db: Db, row: NotificationsTable): Promise<void> {
  await db.insertInto('notifications').values(row).execute();
}

export interface InboxQuery {
  unreadOnly: boolean;
  limit: number;
  /** Rows created strictly before this ISO time (the next page). */
  before?: string;
}

export function listNotificationRows(
  db: Db,
  userId: string,
  query: InboxQuery,
): Promise<NotificationRow[]> {
  let q = db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit);
  if (query.unreadOnly) q = q.where('read_at', 'is', null);
  if (query.before) q = q.where('created_at', '<', query.before);
  return q.execute();
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks one of the user's notifications read; false when it is not theirs (or does not exist). */
export async function markRead(db: Db, userId: string, id: string, at: string): Promise<boolean> {
  const mine = await db
    .selectFrom('notifications')
    .select('read_at')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!mine) return false;
  if (mine.read_at === null) {
    await db.updateTable('notifications').set({ read_at: at }).where('id', '=', id).execute();
  }
  return true;
}

export async function markAllRead(db: Db, userId: string, at: string): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .execute();
}

export interface Preference {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
}

/** In-app is on for every kind until the person turns it off; email is opt-in. */
export const DEFAULT_PREFERENCE = { inApp: true, email: false } as const;

export async function readPreferences(db: Db, userId: string): Promise<Preference[]> {
  const rows = await db
    .selectFrom('notification_preferences')
    .selectAll()
    .where('user_id', '=', userId)
    .execute();
  const stored = new Map(rows.map((r) => [r.kind, r]));
  return NOTIFICATION_KINDS.map((kind) => {
    const row = stored.get(kind);
    return row
      ? { kind, inApp: Number(row.in_app) === 1, email: Number(row.email) === 1 }
      : { kind, ...DEFAULT_PREFERENCE };
  });
}

export async function readPreference(
  db: Db,
  userId: string,
  kind: NotificationKind,
): Promise<Preference> {
  const row = await db
    .selectFrom('notification_preferences')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row
    ? { kind, inApp: Number(row.in_app) === 1, email: Number(row.email) === 1 }
    : { kind, ...DEFAULT_PREFERENCE };
}

export async function writePreferences(db: Db, userId: string, prefs: Preference[]): Promise<void> {
  for (const p of prefs) {
    const values = { in_app: p.inApp ? 1 : 0, email: p.email ? 1 : 0 };
    await db
      .insertInto('notification_preferences')
      .values({ user_id: userId, kind: p.kind, ...values })
      .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet(values))
      .execute();
  }
}
