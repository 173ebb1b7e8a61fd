// Stock moves, inside the caller's write transaction. Every change to a part's numbers is one
// conditional UPDATE (`… WHERE on_hand - reserved >= n`): on PostgreSQL a racing writer waits for
// the row lock and then re-checks the condition against the committed row, so twenty parallel
// reservations of the last five units reserve exactly five (and a check constraint keeps
// `reserved ≤ on_hand` whatever happens).
import { sql } from 'kysely';
import type { WriteTx } from '../db/transaction.ts';

/** Reserves `quantity` units if that many are free; false when they are not. */
export async function tryReserve(
  trx: WriteTx,
  partId: string,
  quantity: number,
  at: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('parts')
    .set((eb) => ({ reserved: eb('reserved', '+', quantity), updated_at: at }))
    .where('id', '=', partId)
    .where(sql<number>`on_hand - reserved`, '>=', quantity)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives back reserved units. */
export async function unreserve(
  trx: WriteTx,
  partId: string,
  quantity: number,
  at: string,
): Promise<void> {
  await trx
    .updateTable('parts')
    .set((eb) => ({ reserved: eb('reserved', '-', quantity), updated_at: at }))
    .where('id', '=', partId)
    .execute();
}

/** Takes reserved units off the shelf (hand-back). */
export async function consumeReserved(
  trx: WriteTx,
  partId: string,
  quantity: number,
  at: string,
): Promise<void> {
  await trx
    .updateTable('parts')
    .set((eb) => ({
      on_hand: eb('on_hand', '-', quantity),
      reserved: eb('reserved', '-', quantity),
      updated_at: at,
    }))
    .where('id', '=', partId)
    .execute();
}

/** Takes free units off the shelf if that many are free; false when they are not. */
export async function tryConsumeFree(
  trx: WriteTx,
  partId: string,
  quantity: number,
  at: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('parts')
    .set((eb) => ({ on_hand: eb('on_hand', '-', quantity), updated_at: at }))
    .where('id', '=', partId)
    .where(sql<number>`on_hand - reserved`, '>=', quantity)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Adds (or with a negative `delta` writes off) units on hand; false when a write-off would take
 * reserved units.
 */
export async function adjustOnHand(
  trx: WriteTx,
  partId: string,
  delta: number,
  at: string,
): Promise<boolean> {
  let query = trx
    .updateTable('parts')
    .set((eb) => ({ on_hand: eb('on_hand', '+', delta), updated_at: at }))
    .where('id', '=', partId);
  if (delta < 0) query = query.where(sql<number>`on_hand - reserved`, '>=', -delta);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
