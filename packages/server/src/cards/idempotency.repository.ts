// Stored responses of requests sent with an Idempotency-Key, scoped per user.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export interface StoredResponse {
  status: number;
  body: unknown;
  etag?: string;
}

export interface IdempotencyRecord {
  requestHash: string;
  response: StoredResponse;
}

export async function findIdempotencyRecord(
  db: Db,
  userId: string,
  key: string,
): Promise<IdempotencyRecord | undefined> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'status', 'response'])
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) return undefined;
  const stored = JSON.parse(row.response) as { body: unknown; etag?: string };
  return { requestHash: row.request_hash, response: { status: row.status, ...stored } };
}

export async function insertIdempotencyRecord(
  db: Db,
  record: {
    userId: string;
    key: string;
    requestHash: string;
    response: StoredResponse;
    at: string;
  },
): Promise<void> {
  const { status, ...rest } = record.response;
  await db
    .insertInto('idempotency_keys')
    .values({
      user_id: record.userId,
      key: record.key,
      request_hash: record.requestHash,
      status,
      response: JSON.stringify(rest),
      created_at: record.at,
    })
    .execute();
}

/** Forgets keys stored before `before` (ISO timestamp); returns how many went. */
export async function pruneIdempotencyRecords(db: Db, before: string): Promise<number> {
  const result = await db
    .deleteFrom('idempotency_keys')
    .where('created_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
