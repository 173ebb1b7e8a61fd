// Deleting a supplier or a part — allowed only while nothing uses it. What uses it is named in
// the refusal, and the way out is archiving (as Odoo refuses to delete a product or contact with
// history and offers to archive it): an archived record keeps every repair and purchase order
// that used it, and leaves the pickers, the reorder rule and the stock page.
import type { Store } from '../db/database.ts';
import { writeTransaction, type WriteTx } from '../db/transaction.ts';
import { HttpProblem } from '../http/problem.ts';
import { say, sayList, type Sentence } from '../i18n/translate.ts';
import { requirePart, requireSupplier } from './catalogue.service.ts';
import { partLock, supplierLock } from './purchase-order-open.ts';

/** How many uses a refusal names; past that it says "and more". */
const NAMED = 10;

function named(items: string[]) {
  const shown = items.slice(0, NAMED);
  return sayList(
    items.length > NAMED ? [...shown, say('installedBase.andMore')] : shown,
    'conjunction',
  );
}

export function deleteSupplier(store: Store, id: string): Promise<void> {
  return writeTransaction(
    store,
    async (trx) => {
      const supplier = await requireSupplier(trx, id);
      const uses = await supplierUses(trx, id);
      if (uses.sentences.length > 0) {
        throw new HttpProblem(
          409,
          'still-referenced',
          say('parts.supplierInUse', {
            name: supplier.name,
            uses: sayList(uses.sentences, 'conjunction'),
          }),
          { parts: uses.parts, purchaseOrders: uses.orders },
        );
      }
      await trx.deleteFrom('suppliers').where('id', '=', id).execute();
    },
    // Exclusive against a part or purchase order taking this supplier (they hold it shared).
    { locks: [supplierLock(id)] },
  );
}

async function supplierUses(trx: WriteTx, id: string) {
  const parts = await trx
    .selectFrom('parts')
    .select(['id', 'sku'])
    .where('supplier_id', '=', id)
    .orderBy('sku')
    .limit(NAMED + 1)
    .execute();
  const orders = await trx
    .selectFrom('purchase_orders')
    .innerJoin('cards', 'cards.id', 'purchase_orders.card_id')
    .select(['cards.id', 'cards.title', 'purchase_orders.open'])
    .where('purchase_orders.supplier_id', '=', id)
    .orderBy('purchase_orders.open', 'desc')
    .orderBy('cards.created_at', 'desc')
    .limit(NAMED + 1)
    .execute();
  const open = orders.filter((o) => o.open === 1);
  const past = await trx
    .selectFrom('purchase_orders')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('supplier_id', '=', id)
    .where('open', '=', 0)
    .executeTakeFirstOrThrow();
  const pastCount = Number(past.n);
  const sentences: Sentence[] = [];
  if (parts.length > 0) {
    sentences.push(
      say('parts.usedByParts', {
        count: Math.min(parts.length, NAMED),
        parts: named(parts.map((p) => p.sku)),
      }),
    );
  }
  if (open.length > 0) {
    sentences.push(
      say('parts.usedByOpenOrders', {
        count: Math.min(open.length, NAMED),
        orders: named(open.map((o) => `"${o.title}"`)),
      }),
    );
  }
  if (pastCount > 0) sentences.push(say('parts.usedByPastOrders', { count: pastCount }));
  return {
    sentences,
    parts: parts.slice(0, NAMED),
    orders: orders.slice(0, NAMED).map((o) => ({ id: o.id, title: o.title, open: o.open === 1 })),
  };
}

export function deletePart(store: Store, id: string): Promise<void> {
  return writeTransaction(
    store,
    async (trx) => {
      const part = await requirePart(trx, id);
      const cards = await trx
        .selectFrom('cards')
        .select(['cards.id', 'cards.title'])
        .where((eb) =>
          eb.or([
            eb.exists(
              eb
                .selectFrom('card_parts')
                .select('card_parts.id')
                .whereRef('card_parts.card_id', '=', 'cards.id')
                .where('card_parts.part_id', '=', id),
            ),
            eb.exists(
              eb
                .selectFrom('purchase_orders')
                .select('purchase_orders.card_id')
                .whereRef('purchase_orders.card_id', '=', 'cards.id')
                .where('purchase_orders.part_id', '=', id),
            ),
          ]),
        )
        .orderBy('cards.created_at', 'desc')
        .limit(NAMED + 1)
        .execute();
      if (cards.length > 0) {
        throw new HttpProblem(
          409,
          'still-referenced',
          say('parts.partInUse', {
            sku: part.sku,
            count: Math.min(cards.length, NAMED),
            cards: named(cards.map((c) => `"${c.title}"`)),
          }),
          { cards: cards.slice(0, NAMED) },
        );
      }
      await trx.deleteFrom('parts').where('id', '=', id).execute();
    },
    // Exclusive against a parts line or purchase order taking this part (they hold it shared).
    { locks: [partLock(id)] },
  );
}
