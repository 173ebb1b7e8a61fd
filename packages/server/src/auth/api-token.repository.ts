// API tokens for scripts: `sf_<random>`, shown once, stored as sha256 only.
import type { CreatedToken, TokenInfo } from '@stageflow/api';
import type { Store } from '../db/database.ts';
import type { AuthUser } from '../app-env.ts';
import { newId, randomSecret, sha256Hex } from './secrets.ts';
import { preparedSql, queryRows } from '../db/prepared-sql.ts';

const TOKEN_PREFIX = 'sf_';
const LAST_USED_GRANULARITY_MS = 5 * 60_000;

export async function createApiToken(
  store: Store,
  userId: string,
  name: string,
  now: Date,
): Promise<CreatedToken> {
  const token = randomSecret(TOKEN_PREFIX);
  const row = {
    id: newId(),
    user_id: userId,
    name,
    token_hash: sha256Hex(token),
    created_at: now.toISOString(),
    last_used_at: null,
  };
  await store.db.insertInto('api_tokens').values(row).execute();
  return { id: row.id, name, createdAt: row.created_at, lastUsedAt: null, token };
}

export async function listApiTokens(store: Store, userId: string): Promise<TokenInfo[]> {
  const rows = await store.db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'last_used_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
  }));
}

export async function deleteApiToken(store: Store, userId: string, id: string): Promise<boolean> {
  const result = await store.db
    .deleteFrom('api_tokens')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  forgetTokenUsers(store);
  return Number(result.numDeletedRows) > 0;
}

interface TokenUserRow {
  tokenId: string;
  last_used_at: string | null;
  id: string;
  email: string;
  name: string;
  role: AuthUser['role'];
  locale: AuthUser['locale'];
}

// Every bearer request runs this: fixed SQL, no query builder (see db/prepared-sql.ts).
const FIND_TOKEN_USER = preparedSql`
  select api_tokens.id as "tokenId", api_tokens.last_used_at, users.id, users.email, users.name,
    users.role, users.locale
  from api_tokens inner join users on users.id = api_tokens.user_id
  where api_tokens.token_hash = ? and users.disabled = 0`;

/**
 * Bearer lookups are kept for a moment per process: a script sends many requests, and on
 * PostgreSQL each lookup is a round trip. Any change to a user or token in this process forgets
 * them all at once (forgetTokenUsers); another process's change is seen within TOKEN_CACHE_MS.
 */
export const TOKEN_CACHE_MS = 1000;

interface CachedTokenUser {
  user: AuthUser;
  tokenId: string;
  lastUsed: number;
  until: number;
}

interface TokenCache {
  entries: Map<string, CachedTokenUser>;
  /** Bumped by every forget, so a lookup that raced a change does not store what it read. */
  epoch: number;
}

const tokenCaches = new WeakMap<Store, TokenCache>();

function tokenCacheOf(store: Store): TokenCache {
  let cache = tokenCaches.get(store);
  if (!cache) tokenCaches.set(store, (cache = { entries: new Map(), epoch: 0 }));
  return cache;
}

/** A user or token changed (disabled, role, locale, revoked): look every bearer up afresh. */
export function forgetTokenUsers(store: Store): void {
  const cache = tokenCacheOf(store);
  cache.entries.clear();
  cache.epoch += 1;
}

/** The token's user when the token exists and the user is not disabled. */
export async function findTokenUser(
  store: Store,
  token: string,
  now: Date,
): Promise<AuthUser | undefined> {
  const hash = sha256Hex(token);
  const cache = tokenCacheOf(store);
  const at = now.getTime();
  let entry = cache.entries.get(hash);
  if (!entry || entry.until <= at || entry.until - at > TOKEN_CACHE_MS) {
    const epoch = cache.epoch;
    const [row] = await queryRows<TokenUserRow>(store.db, FIND_TOKEN_USER, [hash]);
    if (!row) {
      cache.entries.delete(hash);
      return undefined;
    }
    entry = {
      user: { id: row.id, email: row.email, name: row.name, role: row.role, locale: row.locale },
      tokenId: row.tokenId,
      lastUsed: row.last_used_at ? new Date(row.last_used_at).getTime() : 0,
      until: at + TOKEN_CACHE_MS,
    };
    if (cache.epoch === epoch) {
      // Bounded: one entry per token in use; drop the oldest past a few thousand.
      if (cache.entries.size >= 4096) cache.entries.delete(cache.entries.keys().next().value!);
      cache.entries.set(hash, entry);
    }
  }
  if (at - entry.lastUsed > LAST_USED_GRANULARITY_MS) {
    entry.lastUsed = at;
    await store.db
      .updateTable('api_tokens')
      .set({ last_used_at: now.toISOString() })
      .where('id', '=', entry.tokenId)
      .execute();
  }
  return { ...entry.user };
}
