// A secret the server makes for itself: random, created once in the database so that every
// process signs and checks with the same key, and cached per store. STAGEFLOW_SURVEY_SECRET (32+
// characters) overrides it, e.g. to keep links valid across a database restore.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

const cache = new WeakMap<object, Map<string, Buffer>>();

export async function serverSecret(
  cacheKey: object,
  db: Kysely<Database>,
  name: string,
  at: string,
): Promise<Buffer> {
  const fromEnv = process.env.STAGEFLOW_SURVEY_SECRET;
  if (name === 'survey' && fromEnv && fromEnv.length >= 32) return Buffer.from(fromEnv);
  let byName = cache.get(cacheKey);
  const cached = byName?.get(name);
  if (cached) return cached;
  await db
    .insertInto('server_secrets')
    .values({ name, value: randomBytes(32).toString('base64url'), created_at: at })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('server_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  const secret = Buffer.from(row.value, 'base64url');
  if (!byName) cache.set(cacheKey, (byName = new Map()));
  byName.set(name, secret);
  return secret;
}
