// The outbox rows: enqueue inside the caller's transaction; claim, finish and fail from the worker.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { claimTransaction } from '../db/claim-transaction.ts';
import type { Store } from '../db/database.ts';
import type { Database, OutboxKind, OutboxRow } from '../db/schema.ts';

type Db = Kysely<Database>;

export async function enqueue(
  db: Db,
  kind: OutboxKind,
  payload: Record<string, unknown>,
  at: string,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('outbox')
    .values({
      id,
      kind,
      payload: JSON.stringify(payload),
      status: 'pending',
      attempts: 0,
      next_attempt_at: at,
      claimed_by: null,
      claimed_until: null,
      last_error: null,
      created_at: at,
      sent_at: null,
    })
    .execute();
  return id;
}

export interface ClaimOptions {
  workerId: string;
  kinds: OutboxKind[];
  now: Date;
  leaseMs: number;
  limit: number;
}

/** Rows due now: pending and due, or `sending` under a lease that ran out (a worker died). */
function due(db: Db, options: ClaimOptions) {
  const now = options.now.toISOString();
  return db
    .selectFrom('outbox')
    .where('kind', 'in', options.kinds)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', now)]),
      ]),
    );
}

/**
 * Claims up to `limit` due rows for this worker: `sending`, leased until now + leaseMs, attempts
 * counted. No other worker gets them until the lease runs out.
 */
export async function claimDue(store: Store, options: ClaimOptions): Promise<OutboxRow[]> {
  if (options.kinds.length === 0) return [];
  // A plain read first: an idle outbox costs no write lock.
  const any = await due(store.db, options).select('id').limit(1).executeTakeFirst();
  if (!any) return [];
  return claimTransaction(store, async (trx) => {
    const rows = await due(trx, options)
      .selectAll()
      .orderBy('next_attempt_at')
      .limit(options.limit)
      .$if(store.adapter.skipLocked, (q) => q.forUpdate().skipLocked())
      .execute();
    if (rows.length === 0) return [];
    const claimedUntil = new Date(options.now.getTime() + options.leaseMs).toISOString();
    await trx
      .updateTable('outbox')
      .set((eb) => ({
        status: 'sending',
        claimed_by: options.workerId,
        claimed_until: claimedUntil,
        attempts: eb('attempts', '+', 1),
      }))
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    return rows.map((r) => ({
      ...r,
      status: 'sending' as const,
      claimed_by: options.workerId,
      claimed_until: claimedUntil,
      attempts: Number(r.attempts) + 1,
    }));
  });
}

/** Only the worker that holds the claim may settle a row (a late worker whose lease ran out may not). */
export async function markSent(db: Db, row: OutboxRow, at: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: at, claimed_until: null, last_error: null })
    .where('id', '=', row.id)
    .where('claimed_by', '=', row.claimed_by)
    .execute();
}

/** Back to `pending` at `retryAt`, or `dead` when retryAt is null (attempts used up). */
export async function markFailed(
  db: Db,
  row: OutboxRow,
  error: string,
  retryAt: string | null,
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({
      status: retryAt === null ? 'dead' : 'pending',
      next_attempt_at: retryAt ?? row.next_attempt_at,
      claimed_until: null,
      last_error: error.slice(0, 1000),
    })
    .where('id', '=', row.id)
    .where('claimed_by', '=', row.claimed_by)
    .execute();
}

/** Forgets delivered rows sent before `sentBefore` and given-up rows created before `deadBefore`. */
export async function pruneOutbox(
  db: Db,
  cutoffs: { sentBefore: string; deadBefore: string },
): Promise<number> {
  const result = await db
    .deleteFrom('outbox')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'sent'), eb('sent_at', '<', cutoffs.sentBefore)]),
        eb.and([eb('status', '=', 'dead'), eb('created_at', '<', cutoffs.deadBefore)]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
