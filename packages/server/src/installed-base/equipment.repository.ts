// Equipment rows, read with their owner's name. Plain functions, `db` first.
import { addToDate } from '@stageflow/engine';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database, EquipmentRow } from '../db/schema.ts';
import type { Equipment as EquipmentView } from '@stageflow/api';
import { matchesAny } from './search.ts';

type Db = Kysely<Database>;
export type EquipmentWithOwner = EquipmentRow & { customer_name: string | null };

/** The warranty ends on purchase date + period (months clamp: Jan 31 + 1 month = Feb 28). */
export function warrantyExpires(row: Pick<EquipmentRow, 'purchase_date' | 'warranty_months'>) {
  if (row.purchase_date === null || row.warranty_months === null) return null;
  return addToDate(row.purchase_date, row.warranty_months, 'months');
}

export function toEquipmentView(row: EquipmentWithOwner): EquipmentView {
  return {
    id: row.id,
    serialNumber: row.serial_number,
    product: row.product,
    model: row.model,
    customer: row.customer_id,
    customerName: row.customer_name,
    purchaseDate: row.purchase_date,
    warrantyMonths: row.warranty_months === null ? null : Number(row.warranty_months),
    warrantyExpires: warrantyExpires(row),
    contractExpires: row.contract_expires,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function withOwner(db: Db) {
  return db
    .selectFrom('equipment')
    .leftJoin('customers', 'customers.id', 'equipment.customer_id')
    .selectAll('equipment')
    .select('customers.name as customer_name');
}

export async function listEquipmentRows(
  db: Db,
  query: { q?: string; customer?: string; limit: number; offset: number },
): Promise<{ rows: EquipmentWithOwner[]; total: number }> {
  const q = query.q?.trim();
  const filter = <T extends ReturnType<typeof withOwner>>(qb: T): T => {
    let out = qb;
    if (query.customer) out = out.where('equipment.customer_id', '=', query.customer) as T;
    if (q) {
      out = out.where((eb) =>
        matchesAny(
          eb,
          ['equipment.serial_number', 'equipment.product', 'equipment.model', 'customers.name'],
          q,
        ),
      ) as T;
    }
    return out;
  };
  const [rows, count] = await Promise.all([
    filter(withOwner(db))
      .orderBy(sql`lower(equipment.serial_number)`)
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    filter(withOwner(db))
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function findEquipmentRow(db: Db, id: string): Promise<EquipmentWithOwner | undefined> {
  return withOwner(db).where('equipment.id', '=', id).executeTakeFirst();
}

export function findEquipmentRows(db: Db, ids: string[]): Promise<EquipmentWithOwner[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return withOwner(db).where('equipment.id', 'in', ids).execute();
}

/** The unit with this serial whatever its case (the unique index decides the same way). */
export function findEquipmentBySerial(db: Db, serial: string): Promise<EquipmentRow | undefined> {
  return db
    .selectFrom('equipment')
    .selectAll()
    .where(sql`lower(serial_number)`, '=', serial.trim().toLowerCase())
    .executeTakeFirst();
}

export async function insertEquipmentRow(db: Db, row: EquipmentRow): Promise<void> {
  await db.insertInto('equipment').values(row).execute();
}

export async function updateEquipmentRow(
  db: Db,
  id: string,
  set: Partial<Omit<EquipmentRow, 'id' | 'created_at'>>,
): Promise<void> {
  await db.updateTable('equipment').set(set).where('id', '=', id).execute();
}

export async function deleteEquipmentRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('equipment').where('id', '=', id).execute();
}

/** Serial numbers of a customer's units (a customer who still owns units cannot be deleted). */
export async function serialsOwnedBy(db: Db, customerId: string, limit = 10): Promise<string[]> {
  const rows = await db
    .selectFrom('equipment')
    .select('serial_number')
    .where('customer_id', '=', customerId)
    .orderBy('serial_number')
    .limit(limit)
    .execute();
  return rows.map((r) => r.serial_number);
}

export function allEquipmentRows(db: Db): Promise<EquipmentWithOwner[]> {
  return withOwner(db)
    .orderBy(sql`lower(equipment.serial_number)`)
    .execute();
}
