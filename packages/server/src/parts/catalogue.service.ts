// Suppliers and the parts catalogue: create, change, and stock counts (adjustments).
import { randomUUID } from 'node:crypto';
import type { PartView, SupplierView } from '@stageflow/api';
import type { Kysely } from 'kysely';
import type { Store } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { lockNames, writeTransaction, type WriteTx } from '../db/transaction.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { allocateBackorders } from './allocate.ts';
import { toCents } from './money.ts';
import {
  findPartByIdOrSku,
  findPartRow,
  findPartView,
  findSupplierRow,
  toPartView,
  toSupplierView,
  type PartRow,
  type SupplierRow,
} from './part.repository.ts';
import type { PartBody, PartPatch, SupplierBody, SupplierPatch } from './parts.schemas.ts';
import { supplierLock } from './purchase-order-open.ts';
import { reorderIfLow } from './reorder.ts';
import { adjustOnHand } from './stock.ts';

type Db = Kysely<Database>;

export async function requireSupplier(db: Db, id: string): Promise<SupplierRow> {
  const row = await findSupplierRow(db, id);
  if (!row) throw new HttpProblem(404, 'supplier-not-found', say('parts.supplierNotFound', { id }));
  return row;
}

export async function requirePart(db: Db, id: string): Promise<PartRow> {
  const row = await findPartRow(db, id);
  if (!row) throw new HttpProblem(404, 'part-not-found', say('parts.partNotFound', { id }));
  return row;
}

export async function partView(db: Db, id: string): Promise<PartView> {
  const row = await findPartView(db, id);
  if (!row) throw new HttpProblem(404, 'part-not-found', say('parts.partNotFound', { id }));
  return toPartView(row);
}

export async function createSupplier(
  store: Store,
  body: SupplierBody,
  at: string,
): Promise<SupplierView> {
  const row: SupplierRow = {
    id: randomUUID(),
    name: body.name,
    email: body.email ?? null,
    phone: body.phone ?? null,
    notes: body.notes ?? null,
    archived_at: null,
    created_at: at,
    updated_at: at,
  };
  await writeTransaction(store, (trx) => trx.insertInto('suppliers').values(row).execute());
  return toSupplierView(row);
}

export async function patchSupplier(
  store: Store,
  id: string,
  body: SupplierPatch,
  at: string,
): Promise<SupplierView> {
  return writeTransaction(store, async (trx) => {
    const current = await requireSupplier(trx, id);
    const { archived, ...fields } = body;
    await trx
      .updateTable('suppliers')
      .set({ ...fields, ...archivedAt(archived, current.archived_at, at), updated_at: at })
      .where('id', '=', id)
      .execute();
    return toSupplierView(await requireSupplier(trx, id));
  });
}

/** `archived_at` for an archive (true) or restore (false); unchanged when not asked. */
function archivedAt(archived: boolean | undefined, current: string | null, at: string) {
  if (archived === undefined) return {};
  return { archived_at: archived ? (current ?? at) : null };
}

/**
 * The supplier a part is given; an archived one only when the part already has it. Holds the
 * supplier's lock shared so that deleting it waits for this part (deleteSupplier).
 */
async function supplierOrNull(
  trx: WriteTx,
  id: string | null | undefined,
  current?: string | null,
): Promise<string | null> {
  if (id === null || id === undefined) return null;
  await lockNames(trx, [supplierLock(id)], 'shared');
  const row = await findSupplierRow(trx, id);
  if (!row) {
    throw new HttpProblem(422, 'unknown-supplier', say('parts.supplierNotFound', { id }), {
      field: 'supplier',
    });
  }
  if (row.archived_at && id !== current) {
    throw new HttpProblem(
      422,
      'supplier-archived',
      say('parts.supplierArchived', { name: row.name }),
      { field: 'supplier' },
    );
  }
  return id;
}

async function refuseTakenSku(trx: WriteTx, sku: string, id?: string): Promise<void> {
  const other = await findPartByIdOrSku(trx, sku);
  if (other && other.id !== id && other.sku.toLowerCase() === sku.toLowerCase()) {
    throw new HttpProblem(409, 'sku-taken', say('parts.skuTaken', { sku, name: other.name }), {
      field: 'sku',
    });
  }
}

export async function createPart(store: Store, body: PartBody, at: string): Promise<PartView> {
  return writeTransaction(store, async (trx) => {
    await refuseTakenSku(trx, body.sku);
    const row: PartRow = {
      id: randomUUID(),
      sku: body.sku,
      name: body.name,
      cost_cents: toCents(body.cost),
      price_cents: toCents(body.price),
      supplier_id: await supplierOrNull(trx, body.supplier),
      on_hand: body.onHand ?? 0,
      reserved: 0,
      reorder_point: body.reorderPoint,
      reorder_quantity: body.reorderQuantity,
      archived_at: null,
      created_at: at,
      updated_at: at,
    };
    await trx.insertInto('parts').values(row).execute();
    await reorderIfLow(store, trx, [row.id], at);
    return partView(trx, row.id);
  });
}

export async function patchPart(
  store: Store,
  id: string,
  body: PartPatch,
  at: string,
): Promise<PartView> {
  return writeTransaction(store, async (trx) => {
    const current = await requirePart(trx, id);
    if (body.sku !== undefined) await refuseTakenSku(trx, body.sku, id);
    await trx
      .updateTable('parts')
      .set({
        ...(body.sku !== undefined ? { sku: body.sku } : {}),
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.cost !== undefined ? { cost_cents: toCents(body.cost) } : {}),
        ...(body.price !== undefined ? { price_cents: toCents(body.price) } : {}),
        ...(body.supplier !== undefined
          ? { supplier_id: await supplierOrNull(trx, body.supplier, current.supplier_id) }
          : {}),
        ...archivedAt(body.archived, current.archived_at, at),
        ...(body.reorderPoint !== undefined ? { reorder_point: body.reorderPoint } : {}),
        ...(body.reorderQuantity !== undefined ? { reorder_quantity: body.reorderQuantity } : {}),
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
    await reorderIfLow(store, trx, [id], at);
    return partView(trx, id);
  });
}

/** A stock count: units found go first to waiting repairs; a write-off never takes reserved units. */
export async function adjustStock(
  store: Store,
  id: string,
  delta: number,
  at: string,
): Promise<PartView> {
  return writeTransaction(store, async (trx) => {
    const part = await requirePart(trx, id);
    if (!(await adjustOnHand(trx, id, delta, at))) {
      const now = await requirePart(trx, id);
      throw new HttpProblem(
        409,
        'stock-reserved',
        say('parts.writeOffReserved', { sku: part.sku, available: now.on_hand - now.reserved }),
        { field: 'delta' },
      );
    }
    if (delta > 0) await allocateBackorders(trx, [id], at);
    await reorderIfLow(store, trx, [id], at);
    return partView(trx, id);
  });
}
