// The credential a request carries, and whether it still signs someone in. Open event streams
// hold on to theirs and ask again later: a session signed out, a token revoked or a user disabled
// after the stream opened must stop the stream too.
import type { Context } from 'hono';
import type { Store } from '../db/database.ts';
import { sha256Hex } from './secrets.ts';
import { readSessionCookie } from './session-cookie.ts';

export interface Credential {
  kind: 'token' | 'session';
  secret: string;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** `Authorization: Bearer` first, then the session cookie; null when the header is malformed. */
export function credentialOf(c: Context): Credential | null | undefined {
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const token = BEARER.exec(authorization)?.[1];
    return token ? { kind: 'token', secret: token } : null;
  }
  const session = readSessionCookie(c);
  return session === undefined ? undefined : { kind: 'session', secret: session };
}

/** A key naming the credential without holding it (its hash), e.g. to count its streams. */
export function credentialKey(credential: Credential): string {
  return `${credential.kind}:${sha256Hex(credential.secret)}`;
}

/**
 * Whether the credential still signs in an enabled user. Unlike the lookups of `authenticate`, it
 * writes nothing: a stream asking again must not keep its session alive or touch last_used_at.
 */
export async function stillSignedIn(
  store: Store,
  credential: Credential,
  now: Date,
): Promise<boolean> {
  const hash = sha256Hex(credential.secret);
  if (credential.kind === 'token') {
    const row = await store.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select('users.id')
      .where('api_tokens.token_hash', '=', hash)
      .where('users.disabled', '=', 0)
      .executeTakeFirst();
    return row !== undefined;
  }
  const row = await store.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select('sessions.expires_at')
    .where('sessions.id', '=', hash)
    .where('users.disabled', '=', 0)
    .executeTakeFirst();
  return row !== undefined && new Date(row.expires_at).getTime() > now.getTime();
}
