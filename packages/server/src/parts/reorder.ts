// When a part's free stock falls below its reorder point and no purchase order for it is open, a
// card opens on the purchase-order lifecycle, in the same transaction as the stock change (the
// card's creation makes its order row: purchase-order-open.ts). Archived parts are not reordered.
import type { Store } from '../db/database.ts';
import { lockNames, type WriteTx } from '../db/transaction.ts';
import { insertNewCard } from '../cards/card.service.ts';
import type { Actor } from '../cards/engine-ctx.ts';
import { findWorkflowRow } from '../workflows/workflow.repository.ts';
import { SYSTEM_ACTOR_ID } from '../workflows/install-builtins.ts';

export const PURCHASE_ORDER_WORKFLOW = 'purchase_order';

/** Purchase orders opened by stock levels are the system's, like timed moves. */
const REORDER_ACTOR: Actor = { id: SYSTEM_ACTOR_ID, role: 'admin', name: 'Stageflow' };

/** Opens a purchase order for each of `partIds` that is low and has none open; returns their ids. */
export async function reorderIfLow(
  store: Store,
  trx: WriteTx,
  partIds: Iterable<string>,
  at: string,
): Promise<string[]> {
  const ids = [...new Set(partIds)];
  if (ids.length === 0) return [];
  // Two writers lowering one part at once must not both open an order (PostgreSQL; SQLite is serial).
  await lockNames(
    trx,
    ids.map((id) => `reorder:${id}`),
  );
  const low = await trx
    .selectFrom('parts')
    .leftJoin('suppliers', 'suppliers.id', 'parts.supplier_id')
    .selectAll('parts')
    .select('suppliers.name as supplier_name')
    .where('parts.id', 'in', ids)
    .where('parts.archived_at', 'is', null)
    .whereRef('parts.reorder_point', '>', (eb) =>
      eb('parts.on_hand', '-', eb.ref('parts.reserved')),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('purchase_orders')
            .select('purchase_orders.card_id')
            .whereRef('purchase_orders.part_id', '=', 'parts.id')
            .where('purchase_orders.open', '=', 1),
        ),
      ),
    )
    .orderBy('parts.sku')
    .execute();
  if (low.length === 0 || !(await findWorkflowRow(trx, PURCHASE_ORDER_WORKFLOW))) return [];
  const opened: string[] = [];
  for (const part of low) {
    const { row } = await insertNewCard(
      store,
      trx,
      REORDER_ACTOR,
      {
        workflow: PURCHASE_ORDER_WORKFLOW,
        title: `${part.sku} · ${part.name}`,
        fields: {
          part: part.sku,
          partName: part.name,
          supplier: part.supplier_id,
          quantity: part.reorder_quantity,
        },
      },
      at,
    );
    opened.push(row.id);
  }
  return opened;
}
