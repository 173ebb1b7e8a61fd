// Sessions: the cookie holds a random token; the row's id is its sha256. Expiry slides: a session
// used after a day of its 7 days is extended to 7 days from that use.
import type { Store } from '../db/database.ts';
import type { AuthUser } from '../app-env.ts';
import { randomSecret, sha256Hex } from './secrets.ts';
import { preparedSql, queryRows } from '../db/prepared-sql.ts';

export const SESSION_TTL_MS = 7 * 24 * 3600_000;
const REFRESH_AFTER_MS = 24 * 3600_000;

export interface SessionLookup {
  user: AuthUser;
  sessionId: string;
  /** Set when the expiry was just extended: the cookie should be sent again. */
  refreshedExpiry?: Date;
}

export async function createSession(
  store: Store,
  userId: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomSecret();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await store.db
    .insertInto('sessions')
    .values({
      id: sha256Hex(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    })
    .execute();
  return { token, expiresAt };
}

export async function deleteSessionByToken(store: Store, token: string): Promise<void> {
  await store.db.deleteFrom('sessions').where('id', '=', sha256Hex(token)).execute();
}

export async function deleteUserSessions(db: Store['db'], userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

interface SessionUserRow {
  expires_at: string;
  id: string;
  email: string;
  name: string;
  role: AuthUser['role'];
  locale: AuthUser['locale'];
}

// Every cookie request runs this: fixed SQL, no query builder (see db/prepared-sql.ts).
const FIND_SESSION_USER = preparedSql`
  select sessions.expires_at, users.id, users.email, users.name, users.role, users.locale
  from sessions inner join users on users.id = sessions.user_id
  where sessions.id = ? and users.disabled = 0`;

/** The session's user when the session exists, has not expired and the user is not disabled. */
export async function findSessionUser(
  store: Store,
  token: string,
  now: Date,
): Promise<SessionLookup | undefined> {
  const id = sha256Hex(token);
  const [row] = await queryRows<SessionUserRow>(store.db, FIND_SESSION_USER, [id]);
  if (!row) return undefined;
  const expiresAt = new Date(row.expires_at).getTime();
  if (expiresAt <= now.getTime()) {
    await store.db.deleteFrom('sessions').where('id', '=', id).execute();
    return undefined;
  }
  const user: AuthUser = {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: row.locale,
  };
  if (expiresAt - now.getTime() > SESSION_TTL_MS - REFRESH_AFTER_MS) return { user, sessionId: id };
  const refreshedExpiry = new Date(now.getTime() + SESSION_TTL_MS);
  await store.db
    .updateTable('sessions')
    .set({ expires_at: refreshedExpiry.toISOString() })
    .where('id', '=', id)
    .execute();
  return { user, sessionId: id, refreshedExpiry };
}
