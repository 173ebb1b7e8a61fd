// CSV export of customers and equipment, with the columns the import reads (a round trip).
import { stringify } from 'csv-stringify/sync';
import type { Store } from '../db/database.ts';
import { allCustomerRows } from './customer.repository.ts';
import { allEquipmentRows } from './equipment.repository.ts';
import { CUSTOMER_COLUMNS, EQUIPMENT_COLUMNS } from './csv-import.ts';

export async function exportCustomers(store: Store): Promise<string> {
  const rows = await allCustomerRows(store.db);
  return stringify(
    rows.map((r) => [r.id, r.name, r.email, r.phone, r.address, r.notes]),
    { header: true, columns: [...CUSTOMER_COLUMNS] },
  );
}

export async function exportEquipment(store: Store): Promise<string> {
  const rows = await allEquipmentRows(store.db);
  return stringify(
    rows.map((r) => [
      r.id,
      r.serial_number,
      r.product,
      r.model,
      r.customer_id,
      r.customer_name,
      r.purchase_date,
      r.warranty_months,
      r.contract_expires,
      r.notes,
    ]),
    { header: true, columns: [...EQUIPMENT_COLUMNS] },
  );
}
