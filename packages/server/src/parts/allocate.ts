// Stock that comes in (a goods receipt, a count, a cancelled repair's release) goes first to the
// repairs waiting for it: their ordered lines are reserved oldest first, so a waiting repair may
// leave Awaiting parts.
import type { WriteTx } from '../db/transaction.ts';
import { setLineStatus } from './card-parts.repository.ts';
import { tryReserve } from './stock.ts';

/** Reserves ordered lines of `partIds` while stock lasts; returns the cards whose lines it reserved. */
export async function allocateBackorders(
  trx: WriteTx,
  partIds: Iterable<string>,
  at: string,
): Promise<string[]> {
  const covered = new Set<string>();
  for (const partId of new Set(partIds)) {
    const waiting = await trx
      .selectFrom('card_parts')
      .select(['id', 'card_id', 'quantity'])
      .where('part_id', '=', partId)
      .where('status', '=', 'backordered')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    for (const line of waiting) {
      // First come, first served: a later, smaller line does not jump the queue.
      if (!(await tryReserve(trx, partId, line.quantity, at))) break;
      await setLineStatus(trx, line.id, 'reserved', at);
      covered.add(line.card_id);
    }
  }
  return [...covered];
}
