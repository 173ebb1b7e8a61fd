// The order behind a purchase-order card. A receipt raises stock by the units counted, in the
// card's write transaction, and hands them to the repairs waiting for the part. Every
// purchase-order card gets its order row when it is created (purchase-order-open.ts); one made by
// hand before that (migration 1600) gets it at its first receipt, from its part's SKU and quantity.
import type { PurchaseOrderView } from '@stageflow/api';
import type { Fields } from '@stageflow/engine';
import type { Kysely } from 'kysely';
import type { Store } from '../db/database.ts';
import type { CardRow, Database } from '../db/schema.ts';
import type { WriteTx } from '../db/transaction.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { allocateBackorders } from './allocate.ts';
import { findPartByIdOrSku } from './part.repository.ts';
import { reorderIfLow } from './reorder.ts';
import { adjustOnHand } from './stock.ts';

type Db = Kysely<Database>;

export async function receiveGoods(
  store: Store,
  trx: WriteTx,
  card: CardRow,
  receivedNow: unknown,
  at: string,
): Promise<void> {
  if (typeof receivedNow !== 'number' || !Number.isInteger(receivedNow) || receivedNow < 1) {
    throw new HttpProblem(422, 'invalid-receipt', say('parts.invalidReceipt'), {
      field: 'receivedNow',
    });
  }
  const order = await orderOf(trx, card, at);
  await adjustOnHand(trx, order.part_id, receivedNow, at);
  const received = order.received + receivedNow;
  await trx
    .updateTable('purchase_orders')
    .set({ received, open: received < order.quantity ? 1 : 0 })
    .where('card_id', '=', card.id)
    .execute();
  await allocateBackorders(trx, [order.part_id], at);
  // A short order received in full may leave the part still low: the next order opens at once.
  await reorderIfLow(store, trx, [order.part_id], at);
}

async function orderOf(trx: WriteTx, card: CardRow, at: string) {
  const order = await trx
    .selectFrom('purchase_orders')
    .selectAll()
    .where('card_id', '=', card.id)
    .executeTakeFirst();
  if (order) return order;
  const fields = JSON.parse(card.fields) as Fields;
  const sku = typeof fields.part === 'string' ? fields.part : '';
  const part = sku ? await findPartByIdOrSku(trx, sku) : undefined;
  if (!part) {
    throw new HttpProblem(422, 'unknown-part', say('parts.unknownPart', { part: sku }), {
      field: 'part',
    });
  }
  const row = {
    card_id: card.id,
    part_id: part.id,
    supplier_id: part.supplier_id,
    quantity: typeof fields.quantity === 'number' ? fields.quantity : 0,
    received: 0,
    open: 1,
    created_at: at,
  };
  await trx.insertInto('purchase_orders').values(row).execute();
  return row;
}

export async function purchaseOrderView(
  db: Db,
  cardId: string,
): Promise<PurchaseOrderView | undefined> {
  const row = await db
    .selectFrom('purchase_orders')
    .innerJoin('parts', 'parts.id', 'purchase_orders.part_id')
    .selectAll('purchase_orders')
    .select(['parts.sku', 'parts.name'])
    .where('purchase_orders.card_id', '=', cardId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    cardId: row.card_id,
    part: row.part_id,
    sku: row.sku,
    name: row.name,
    supplier: row.supplier_id,
    quantity: row.quantity,
    received: row.received,
    open: row.open === 1,
  };
}
