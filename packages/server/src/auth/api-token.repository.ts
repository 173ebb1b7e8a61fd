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

/** The token's user when the token exists and the user is not disabled. */
export async function findTokenUser(
  store: Store,
  token: string,
  now: Date,
): Promise<AuthUser | undefined> {
  const [row] = await queryRows<TokenUserRow>(store.db, FIND_TOKEN_USER, [sha256Hex(token)]);
  if (!row) return undefined;
  const lastUsed = row.last_used_at ? new Date(row.last_used_at).getTime() : 0;
  if (now.getTime() - lastUsed > LAST_USED_GRANULARITY_MS) {
    await store.db
      .updateTable('api_tokens')
      .set({ last_used_at: now.toISOString() })
      .where('id', '=', row.tokenId)
      .execute();
  }
  return { id: row.id, email: row.email, name: row.name, role: row.role, locale: row.locale };
}
