// The sla_escalations table: planned in the card's write transaction, claimed by the scheduler,
// settled once. The unique (card, target, threshold) row is what makes "once per card" hold.
import { randomUUID } from 'node:crypto';
import type { EscalationPlan } from '@stageflow/engine';
import type { Kysely } from 'kysely';
import type { Store } from '../db/database.ts';
import type { Database, EscalationOutcome, SlaEscalationRow } from '../db/schema.ts';
import { claimDueRows, type DueClaim } from '../db/claim-transaction.ts';
import type { WriteTx } from '../db/transaction.ts';
import { preparedSql, runStatement } from '../db/prepared-sql.ts';

type Db = Kysely<Database>;

const INSERT_PLAN = preparedSql`
  insert into sla_escalations (id, card_id, target_key, threshold, due_at)
  values (?, ?, ?, ?, ?)
  on conflict (card_id, target_key, threshold) do nothing`;

/** Plans rows; a threshold the card already has a row for (waiting or settled) is kept. */
export async function insertEscalations(
  trx: WriteTx,
  cardId: string,
  plans: EscalationPlan[],
): Promise<void> {
  // One or two rows a card: fixed statements (a move's path) rather than one built per count.
  for (const p of plans) {
    await runStatement(trx, INSERT_PLAN, [randomUUID(), cardId, p.target, p.threshold, p.dueAt]);
  }
}

/** Waiting rows go when the card's clock changes (a move); settled ones are the record. */
export async function deleteWaitingEscalations(trx: WriteTx, cardId: string): Promise<void> {
  await runStatement(trx, DELETE_WAITING, [cardId]);
}

const DELETE_WAITING = preparedSql`
  delete from sla_escalations where card_id = ? and fired_at is null`;

/** Claims due escalations for the scheduler (see claimDueRows). */
export function claimDueEscalations(store: Store, claim: DueClaim): Promise<SlaEscalationRow[]> {
  return claimDueRows(store, 'sla_escalations', claim);
}

/**
 * Settles a waiting row; false if someone settled it first. On PostgreSQL the update waits for a
 * concurrent settler's row lock and then finds `fired_at` set, so only one of two wins.
 */
export async function settleEscalation(
  trx: WriteTx,
  id: string,
  settled: { at: string; outcome: EscalationOutcome; notified?: number },
): Promise<boolean> {
  const result = await trx
    .updateTable('sla_escalations')
    .set({ fired_at: settled.at, outcome: settled.outcome, notified: settled.notified ?? null })
    .where('id', '=', id)
    .where('fired_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Moves a waiting row to a new due time and gives up its claim. */
export async function replanEscalation(trx: WriteTx, id: string, dueAt: string): Promise<void> {
  await trx
    .updateTable('sla_escalations')
    .set({ due_at: dueAt, claimed_by: null, claimed_at: null })
    .where('id', '=', id)
    .where('fired_at', 'is', null)
    .execute();
}

export async function releaseEscalationClaim(db: Db, id: string, owner: string): Promise<void> {
  await db
    .updateTable('sla_escalations')
    .set({ claimed_by: null, claimed_at: null })
    .where('id', '=', id)
    .where('claimed_by', '=', owner)
    .where('fired_at', 'is', null)
    .execute();
}

export function listCardEscalations(db: Db, cardId: string): Promise<SlaEscalationRow[]> {
  return db
    .selectFrom('sla_escalations')
    .selectAll()
    .where('card_id', '=', cardId)
    .orderBy('due_at')
    .orderBy('threshold')
    .execute();
}
