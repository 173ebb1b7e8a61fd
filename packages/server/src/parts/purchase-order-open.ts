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
