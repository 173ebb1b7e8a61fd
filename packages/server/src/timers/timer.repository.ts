// The timers table: set in the card's write transaction, claimed by the scheduler, settled once.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Store } from '../db/database.ts';
import type { Database, TimerOutcome, TimerRow } from '../db/schema.ts';
import { claimDueRows, type DueClaim } from '../db/claim-transaction.ts';
import type { WriteTx } from '../db/transaction.ts';
import { preparedSql, runStatement } from '../db/prepared-sql.ts';

type Db = Kysely<Database>;

export interface NewTimer {
  cardId: string;
  revision: number;
  stage: string;
  enteredAt: string;
  event: string;
  dueAt: string;
}

export async function insertTimers(trx: WriteTx, timers: NewTimer[]): Promise<void> {
  if (timers.length === 0) return;
  await trx
    .insertInto('timers')
    .values(
      timers.map((t) => ({
        id: randomUUID(),
        card_id: t.cardId,
        revision: t.revision,
        stage: t.stage,
        entered_at: t.enteredAt,
        event: t.event,
        due_at: t.dueAt,
        claimed_by: null,
        claimed_at: null,
        fired_at: null,
        outcome: null,
        detail: null,
      })),
    )
    .onConflict((oc) => oc.columns(['card_id', 'entered_at', 'event']).doNothing())
    .execute();
}

/** Timers still waiting for the card: a move makes them meaningless, so they go. */
export async function deleteWaitingTimers(trx: WriteTx, cardId: string): Promise<void> {
  await runStatement(trx, DELETE_WAITING, [cardId]);
}

// Every move runs it: fixed SQL, no query builder (see prepared-sql.ts).
const DELETE_WAITING = preparedSql`delete from timers where card_id = ? and fired_at is null`;

/** Claims due timers for the scheduler (see claimDueRows). */
export function claimDueTimers(store: Store, claim: DueClaim): Promise<TimerRow[]> {
  return claimDueRows(store, 'timers', claim);
}

/** The timer if nobody settled it yet (read inside the settling write transaction). */
export function findWaitingTimer(trx: WriteTx, id: string): Promise<TimerRow | undefined> {
  return trx
    .selectFrom('timers')
    .selectAll()
    .where('id', '=', id)
    .where('fired_at', 'is', null)
    .executeTakeFirst();
}

export async function settleTimer(
  trx: WriteTx,
  id: string,
  settled: { at: string; outcome: TimerOutcome; detail?: string },
): Promise<boolean> {
  const result = await trx
    .updateTable('timers')
    .set({ fired_at: settled.at, outcome: settled.outcome, detail: settled.detail ?? null })
    .where('id', '=', id)
    .where('fired_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives a claim back so the next tick retries (the card was busy). */
export async function releaseClaim(db: Db, id: string, owner: string): Promise<void> {
  await db
    .updateTable('timers')
    .set({ claimed_by: null, claimed_at: null })
    .where('id', '=', id)
    .where('claimed_by', '=', owner)
    .where('fired_at', 'is', null)
    .execute();
}

export function listCardTimers(db: Db, cardId: string): Promise<TimerRow[]> {
  return db
    .selectFrom('timers')
    .selectAll()
    .where('card_id', '=', cardId)
    .orderBy('due_at')
    .execute();
}
