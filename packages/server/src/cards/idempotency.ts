// Idempotency-Key handling: a key is scoped to its user; the first successful response is stored
// in the same transaction as the change it describes, so a retry either replays it or (after a
// failure, which stores nothing) runs afresh. The same key with another request → 422.
import { createHash } from 'node:crypto';
import type { Store } from '../db/database.ts';
import { writeTransaction, type WriteTx } from '../db/transaction.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import {
  findIdempotencyRecord,
  insertIdempotencyRecord,
  type IdempotencyRecord,
  type StoredResponse,
} from './idempotency.repository.ts';

export interface IdempotentResult extends StoredResponse {
  replayed: boolean;
}

/** Keys sorted at every depth, so `{a,b}` and `{b,a}` hash alike. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([method, path, canonical(body)]))
    .digest('hex');
}

function replay(record: IdempotencyRecord, hash: string, key: string): IdempotentResult {
  if (record.requestHash !== hash) {
    throw new HttpProblem(
      422,
      'idempotency-key-reused',
      say('cards.idempotencyKeyReused', { key }),
    );
  }
  return { ...record.response, replayed: true };
}

export async function runIdempotent(
  store: Store,
  scope: {
    userId: string;
    key: string | undefined;
    /** requestHash(…), or a function giving it: then it is only worked out when a key is sent. */
    hash: string | (() => string);
    at: string;
  },
  run: (trx: WriteTx) => Promise<StoredResponse>,
): Promise<IdempotentResult> {
  const { userId, key } = scope;
  if (key === undefined) {
    return { ...(await writeTransaction(store, run)), replayed: false };
  }
  const hash = typeof scope.hash === 'function' ? scope.hash() : scope.hash;
  const earlier = await findIdempotencyRecord(store.db, userId, key);
  if (earlier) return replay(earlier, hash, key);
  try {
    return await writeTransaction(store, async (trx) => {
      const raced = await findIdempotencyRecord(trx, userId, key);
      if (raced) return replay(raced, hash, key);
      const response = await run(trx);
      await insertIdempotencyRecord(trx, {
        userId,
        key,
        requestHash: hash,
        response,
        at: scope.at,
      });
      return { ...response, replayed: false };
    });
  } catch (err) {
    // A concurrent request with the same key may have committed first: answer as it did.
    const stale = err instanceof HttpProblem && err.status === 412;
    if (stale || store.adapter.isUniqueViolation(err)) {
      const winner = await findIdempotencyRecord(store.db, userId, key);
      if (winner) return replay(winner, hash, key);
    }
    throw err;
  }
}
