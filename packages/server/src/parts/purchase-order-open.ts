// The order row behind a new purchase-order card, made with the card in its transaction — by the
// reorder rule or by a person's create form alike — so the part counts as on order at once. The
// card's fields name the part (SKU or id), the quantity and, optionally, the supplier (name or
// id; the part's own supplier when left empty); they are stored normalized (the SKU as the
// catalogue spells it, the part's and the supplier's names).
import type { Fields, WorkflowDefinition } from '@stageflow/engine';
import type { WriteTx } from '../db/transaction.ts';
import { lockNames } from '../db/transaction.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { findPartByIdOrSku, findSupplierRow, type SupplierRow } from './part.repository.ts';
import { sql } from 'kysely';

export interface NewOrder {
  fields: Fields;
  partId: string;
  supplierId: string | null;
}

/** Cards of this workflow are purchase orders (their moves receive goods). */
export function receivesGoods(definition: WorkflowDefinition): boolean {
  return definition.transitions.some((t) => t.parts === 'receive');
}

export const partLock = (id: string) => `part:${id}`;
export const supplierLock = (id: string) => `supplier:${id}`;

/**
 * For a new card of a purchase-order workflow: the part and supplier its fields name, and the
 * fields normalized. Undefined for other workflows, or when no part is named yet (the engine
 * then says the field is required).
 */
export async function newOrderFor(
  trx: WriteTx,
  definition: WorkflowDefinition,
  fields: Fields,
): Promise<NewOrder | undefined> {
  if (!receivesGoods(definition)) return undefined;
  const key = typeof fields.part === 'string' ? fields.part.trim() : '';
  if (!key) return undefined;
  const part = await findPartByIdOrSku(trx, key);
  if (!part) {
    throw new HttpProblem(422, 'unknown-part', say('parts.unknownPart', { part: key }), {
      field: 'part',
    });
  }
  if (part.archived_at) {
    throw new HttpProblem(422, 'part-archived', say('parts.partArchived', { sku: part.sku }), {
      field: 'part',
    });
  }
  await lockNames(trx, [partLock(part.id)], 'shared');
  const supplier = await supplierNamed(trx, fields.supplier, part.supplier_id);
  if (supplier) await lockNames(trx, [supplierLock(supplier.id)], 'shared');
  const has = (k: string) => definition.fields.some((f) => f.key === k);
  return {
    partId: part.id,
    supplierId: supplier?.id ?? null,
    fields: {
      ...fields,
      part: part.sku,
      ...(has('partName') ? { partName: part.name } : {}),
      ...(has('supplier') ? { supplier: supplier?.name ?? null } : {}),
    },
  };
}

/** The supplier a card names (id or name, any case); the part's own one when none is named. */
async function supplierNamed(
  trx: WriteTx,
  value: unknown,
  partSupplier: string | null,
): Promise<SupplierRow | undefined> {
  const named = typeof value === 'string' ? value.trim() : '';
  const own = partSupplier ? await findSupplierRow(trx, partSupplier) : undefined;
  if (!named) return own;
  if (own && (own.id === named || own.name.toLowerCase() === named.toLowerCase())) return own;
  const byId = await findSupplierRow(trx, named);
  const found = byId
    ? [byId]
    : await trx
        .selectFrom('suppliers')
        .selectAll()
        .where(sql`lower(name)`, '=', named.toLowerCase())
        .where('archived_at', 'is', null)
        .limit(2)
        .execute();
  if (found.length !== 1) {
    const key = found.length === 0 ? 'parts.unknownSupplierName' : 'parts.ambiguousSupplier';
    throw new HttpProblem(422, 'unknown-supplier', say(key, { name: named }), {
      field: 'supplier',
    });
  }
  const [supplier] = found as [SupplierRow];
  if (supplier.archived_at) {
    throw new HttpProblem(
      422,
      'supplier-archived',
      say('parts.supplierArchived', { name: supplier.name }),
      { field: 'supplier' },
    );
  }
  return supplier;
}

export async function insertOrder(
  trx: WriteTx,
  cardId: string,
  order: NewOrder,
  quantity: unknown,
  at: string,
): Promise<void> {
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) {
    throw new HttpProblem(422, 'invalid-order-quantity', say('parts.invalidOrderQuantity'), {
      field: 'quantity',
    });
  }
  await trx
    .insertInto('purchase_orders')
    .values({
      card_id: cardId,
      part_id: order.partId,
      supplier_id: order.supplierId,
      quantity,
      received: 0,
      open: 1,
      created_at: at,
    })
    .execute();
}

/**
 * An edit of a purchase-order card that names another part, supplier or quantity changes its
 * order too, in the edit's transaction: the fields come back normalized, and `apply` (called with
 * the fields the engine accepted) updates the order row. Refused once the order is closed, and a
 * part change once goods have arrived. Undefined when the edit leaves the order alone.
 */
export async function orderEditFor(
  trx: WriteTx,
  definition: WorkflowDefinition,
  cardId: string,
  current: Fields,
  given: Fields,
): Promise<{ fields: Fields; apply: (fields: Fields) => Promise<void> } | undefined> {
  if (!receivesGoods(definition)) return undefined;
  if (!['part', 'supplier', 'quantity', 'partName'].some((k) => k in given)) return undefined;
  const order = await trx
    .selectFrom('purchase_orders')
    .selectAll()
    .where('card_id', '=', cardId)
    .executeTakeFirst();
  if (!order) return undefined;
  if (order.open !== 1) throw new HttpProblem(409, 'order-closed', say('parts.orderClosed'));
  const next = await newOrderFor(trx, definition, { ...current, ...given });
  if (!next) return undefined;
  if (next.partId !== order.part_id && order.received > 0) {
    throw new HttpProblem(409, 'order-part-fixed', say('parts.orderPartFixed'), { field: 'part' });
  }
  const normalized = Object.fromEntries(
    ['part', 'partName', 'supplier']
      .filter((k) => k in next.fields)
      .map((k) => [k, next.fields[k]]),
  ) as Fields;
  return {
    fields: { ...given, ...normalized },
    apply: async (fields) => {
      const quantity = fields.quantity;
      if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) {
        throw new HttpProblem(422, 'invalid-order-quantity', say('parts.invalidOrderQuantity'), {
          field: 'quantity',
        });
      }
      if (quantity < order.received) {
        throw new HttpProblem(
          422,
          'order-below-received',
          say('parts.orderBelowReceived', { received: order.received }),
          { field: 'quantity' },
        );
      }
      await trx
        .updateTable('purchase_orders')
        .set({
          part_id: next.partId,
          supplier_id: next.supplierId,
          quantity,
          open: order.received < quantity ? 1 : 0,
        })
        .where('card_id', '=', cardId)
        .execute();
    },
  };
}
