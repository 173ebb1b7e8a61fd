// Customer rows. Plain functions, `db` first (a Kysely or a transaction).
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { CustomerRow, Database } from '../db/schema.ts';
import type { Customer as CustomerView } from '@stageflow/api';
import { matchesAny } from './search.ts';

type Db = Kysely<Database>;

export function toCustomerView(row: CustomerRow): CustomerView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    address: row.address,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listCustomerRows(
  db: Db,
  query: { q?: string; limit: number; offset: number },
): Promise<{ rows: CustomerRow[]; total: number }> {
  let base = db.selectFrom('customers');
  const q = query.q?.trim();
  if (q) base = base.where((eb) => matchesAny(eb, ['name', 'email', 'phone'], q));
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy(sql`lower(name)`)
      .orderBy('id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function findCustomerRow(db: Db, id: string): Promise<CustomerRow | undefined> {
  return db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findCustomerRows(db: Db, ids: string[]): Promise<CustomerRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('customers').selectAll().where('id', 'in', ids).execute();
}

/** Customers whose name is `name`, whatever its case (CSV import matches owners by name). */
export function findCustomersByName(db: Db, name: string): Promise<CustomerRow[]> {
  return db
    .selectFrom('customers')
    .selectAll()
    .where(sql`lower(name)`, '=', name.trim().toLowerCase())
    .limit(2)
    .execute();
}

export async function insertCustomerRow(db: Db, row: CustomerRow): Promise<void> {
  await db.insertInto('customers').values(row).execute();
}

export async function updateCustomerRow(
  db: Db,
  id: string,
  set: Partial<Omit<CustomerRow, 'id' | 'created_at'>>,
): Promise<void> {
  await db.updateTable('customers').set(set).where('id', '=', id).execute();
}

export async function deleteCustomerRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('customers').where('id', '=', id).execute();
}

export function allCustomerRows(db: Db): Promise<CustomerRow[]> {
  return db
    .selectFrom('customers')
    .selectAll()
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .execute();
}
