// Supplier and part rows. Plain functions, `db` first (a Kysely or a transaction).
import type { PartView, SupplierView } from '@stageflow/api';
import type { Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Database, PartsTable, SuppliersTable } from '../db/schema.ts';
import { matchesAny } from '../installed-base/search.ts';
import { fromCents } from './money.ts';

type Db = Kysely<Database>;
export type SupplierRow = Selectable<SuppliersTable>;
export type PartRow = Selectable<PartsTable>;
export type PartWithSupplier = PartRow & { supplier_name: string | null; on_order: number };

export function toSupplierView(row: SupplierRow): SupplierView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    notes: row.notes,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toPartView(row: PartWithSupplier): PartView {
  const available = row.on_hand - row.reserved;
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    cost: fromCents(row.cost_cents),
    price: fromCents(row.price_cents),
    supplier: row.supplier_id,
    supplierName: row.supplier_name,
    onHand: row.on_hand,
    reserved: row.reserved,
    available,
    reorderPoint: row.reorder_point,
    reorderQuantity: row.reorder_quantity,
    low: available < row.reorder_point,
    onOrder: Number(row.on_order),
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Which records a list shows: the ones in use (default), every one, or the archived ones. */
export type ArchivedFilter = 'exclude' | 'include' | 'only';

export function listSupplierRows(
  db: Db,
  archived: ArchivedFilter = 'exclude',
): Promise<SupplierRow[]> {
  let query = db.selectFrom('suppliers').selectAll();
  if (archived === 'exclude') query = query.where('archived_at', 'is', null);
  if (archived === 'only') query = query.where('archived_at', 'is not', null);
  return query
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .execute();
}

export function findSupplierRow(db: Db, id: string): Promise<SupplierRow | undefined> {
  return db.selectFrom('suppliers').selectAll().where('id', '=', id).executeTakeFirst();
}

function partsWithSupplier(db: Db) {
  return db
    .selectFrom('parts')
    .leftJoin('suppliers', 'suppliers.id', 'parts.supplier_id')
    .selectAll('parts')
    .select('suppliers.name as supplier_name')
    .select((eb) =>
      eb
        .selectFrom('purchase_orders')
        .select(sql<number>`coalesce(sum(quantity - received), 0)`.as('n'))
        .whereRef('purchase_orders.part_id', '=', 'parts.id')
        .where('purchase_orders.open', '=', 1)
        .as('on_order'),
    );
}

export interface PartFilter {
  /** Searches SKU and name whatever the case. */
  q?: string | undefined;
  supplier?: string | undefined;
  archived?: ArchivedFilter | undefined;
}

/** The parts of the catalogue, by SKU. */
export function listPartRows(db: Db, filter: PartFilter = {}): Promise<PartWithSupplier[]> {
  let query = partsWithSupplier(db);
  const archived = filter.archived ?? 'exclude';
  if (archived === 'exclude') query = query.where('parts.archived_at', 'is', null);
  if (archived === 'only') query = query.where('parts.archived_at', 'is not', null);
  if (filter.supplier) query = query.where('parts.supplier_id', '=', filter.supplier);
  const term = filter.q?.trim();
  if (term) query = query.where((eb) => matchesAny(eb, ['parts.sku', 'parts.name'], term));
  return query.orderBy(sql`lower(parts.sku)`).execute() as Promise<PartWithSupplier[]>;
}

export async function findPartView(db: Db, id: string): Promise<PartWithSupplier | undefined> {
  return (await partsWithSupplier(db).where('parts.id', '=', id).executeTakeFirst()) as
    PartWithSupplier | undefined;
}

export function findPartRow(db: Db, id: string): Promise<PartRow | undefined> {
  return db.selectFrom('parts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A part by id, or by SKU whatever its case. */
export function findPartByIdOrSku(db: Db, key: string): Promise<PartRow | undefined> {
  return db
    .selectFrom('parts')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', key), eb(sql`lower(sku)`, '=', key.toLowerCase())]))
    .executeTakeFirst();
}
