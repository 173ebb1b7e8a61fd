// Customers and equipment units: create, change, delete (refused while something points at them).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Store } from '../db/database.ts';
import type { CustomerRow, Database, EquipmentRow } from '../db/schema.ts';
import { writeTransaction } from '../db/transaction.ts';
import { HttpProblem } from '../http/problem.ts';
import { say, sayList } from '../i18n/translate.ts';
import { cardsReferencing, recordLock } from './card-refs.ts';
import {
  deleteCustomerRow,
  findCustomerRow,
  insertCustomerRow,
  toCustomerView,
  updateCustomerRow,
} from './customer.repository.ts';
import {
  deleteEquipmentRow,
  findEquipmentBySerial,
  findEquipmentRow,
  insertEquipmentRow,
  serialsOwnedBy,
  toEquipmentView,
  updateEquipmentRow,
} from './equipment.repository.ts';
import type { CustomerBody, EquipmentBody } from './installed-base.schemas.ts';

type Db = Kysely<Database>;

export async function requireCustomer(db: Db, id: string): Promise<CustomerRow> {
  const row = await findCustomerRow(db, id);
  if (!row)
    throw new HttpProblem(404, 'customer-not-found', say('installedBase.customerNotFound', { id }));
  return row;
}

export async function requireEquipment(db: Db, id: string) {
  const row = await findEquipmentRow(db, id);
  if (!row)
    throw new HttpProblem(404, 'equipment-not-found', say('installedBase.unitNotFound', { id }));
  return row;
}

/** Up to ten names, and "and more" when there were more. */
function list(items: string[]) {
  const shown = items.slice(0, 10);
  return sayList(
    items.length > 10 ? [...shown, say('installedBase.andMore')] : shown,
    'conjunction',
  );
}

async function refusedWhileReferenced(db: Db, kind: 'customer' | 'equipment', id: string) {
  const cards = await cardsReferencing(db, kind, id, 11);
  if (cards.length === 0) return;
  const key = kind === 'customer' ? 'customerReferenced' : 'unitReferenced';
  throw new HttpProblem(
    409,
    'still-referenced',
    say(`installedBase.${key}`, {
      count: Math.min(cards.length, 10),
      cards: list(cards.map((c) => `"${c.title}"`)),
    }),
    { cards: cards.slice(0, 10) },
  );
}

export function createCustomer(store: Store, body: CustomerBody, at: string) {
  return writeTransaction(store, async (trx) => {
    const row: CustomerRow = {
      id: randomUUID(),
      name: body.name,
      email: body.email ?? null,
      phone: body.phone ?? null,
      address: body.address ?? null,
      notes: body.notes ?? null,
      created_at: at,
      updated_at: at,
    };
    await insertCustomerRow(trx, row);
    return toCustomerView(row);
  });
}

export function patchCustomer(store: Store, id: string, patch: Partial<CustomerBody>, at: string) {
  return writeTransaction(store, async (trx) => {
    const row = await requireCustomer(trx, id);
    const next: CustomerRow = { ...row, ...withoutUndefined(patch), updated_at: at };
    await updateCustomerRow(trx, id, { ...withoutUndefined(patch), updated_at: at });
    return toCustomerView(next);
  });
}

export function deleteCustomer(store: Store, id: string) {
  // Exclusive against cards taking a reference to it (syncCardRefs holds the lock shared).
  return writeTransaction(
    store,
    async (trx) => {
      await requireCustomer(trx, id);
      await refusedWhileReferenced(trx, 'customer', id);
      const serials = await serialsOwnedBy(trx, id, 11);
      if (serials.length > 0) {
        throw new HttpProblem(
          409,
          'still-referenced',
          say('installedBase.customerOwnsUnits', { serials: list(serials) }),
          { serials: serials.slice(0, 10) },
        );
      }
      await deleteCustomerRow(trx, id);
    },
    { locks: [recordLock('customer', id)] },
  );
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The stored columns of an equipment body (only the keys it has). */
export function equipmentColumns(body: Partial<EquipmentBody>): Partial<EquipmentRow> {
  return withoutUndefined({
    serial_number: body.serialNumber,
    product: body.product,
    model: body.model,
    customer_id: body.customer,
    purchase_date: body.purchaseDate,
    warranty_months: body.warrantyMonths,
    contract_expires: body.contractExpires,
    notes: body.notes,
  });
}

/** Problems with an equipment unit's serial and owner, as HttpProblems naming the field. */
export async function checkEquipment(
  db: Db,
  columns: Partial<EquipmentRow>,
  selfId: string | null,
): Promise<void> {
  if (columns.serial_number !== undefined) {
    const taken = await findEquipmentBySerial(db, columns.serial_number);
    if (taken && taken.id !== selfId) {
      throw new HttpProblem(
        409,
        'duplicate-serial',
        say('installedBase.duplicateSerial', {
          serial: columns.serial_number,
          existing: taken.serial_number,
        }),
        { field: 'serialNumber', existing: taken.id },
      );
    }
  }
  if (columns.customer_id) {
    if (!(await findCustomerRow(db, columns.customer_id))) {
      throw new HttpProblem(
        422,
        'unknown-customer',
        say('installedBase.unknownOwner', { id: columns.customer_id }),
        { field: 'customer' },
      );
    }
  }
}

export function createEquipment(store: Store, body: EquipmentBody, at: string) {
  return writeTransaction(store, async (trx) => {
    const columns = equipmentColumns(body);
    await checkEquipment(trx, columns, null);
    const row: EquipmentRow = {
      id: randomUUID(),
      serial_number: body.serialNumber,
      product: body.product,
      model: null,
      customer_id: null,
      purchase_date: null,
      warranty_months: null,
      contract_expires: null,
      notes: null,
      ...columns,
      created_at: at,
      updated_at: at,
    };
    await insertEquipmentRow(trx, row);
    return toEquipmentView((await findEquipmentRow(trx, row.id))!);
  });
}

export function patchEquipment(
  store: Store,
  id: string,
  patch: Partial<EquipmentBody>,
  at: string,
) {
  return writeTransaction(store, async (trx) => {
    await requireEquipment(trx, id);
    const columns = equipmentColumns(patch);
    await checkEquipment(trx, columns, id);
    await updateEquipmentRow(trx, id, { ...columns, updated_at: at });
    return toEquipmentView((await findEquipmentRow(trx, id))!);
  });
}

export function deleteEquipment(store: Store, id: string) {
  // Exclusive against cards taking a reference to it (syncCardRefs holds the lock shared).
  return writeTransaction(
    store,
    async (trx) => {
      await requireEquipment(trx, id);
      await refusedWhileReferenced(trx, 'equipment', id);
      await deleteEquipmentRow(trx, id);
    },
    { locks: [recordLock('equipment', id)] },
  );
}
