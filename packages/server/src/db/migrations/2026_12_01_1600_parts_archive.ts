/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time: never import application types here, never edit after release.
// Archiving parts and suppliers (as Odoo archives products and contacts): an archived record
// keeps its history — the repairs and purchase orders that used it still point at it — but
// leaves the pickers and the stock page. Deleting stays possible only for what nothing uses.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('parts').addColumn('archived_at', 'text').execute();
  await db.schema.alterTable('suppliers').addColumn('archived_at', 'text').execute();
  // Deleting a supplier asks whether any purchase order names it.
  await db.schema
    .createIndex('purchase_orders_supplier')
    .on('purchase_orders')
    .column('supplier_id')
    .execute();
  await db.schema.createIndex('parts_supplier').on('parts').column('supplier_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('parts_supplier').execute();
  await db.schema.dropIndex('purchase_orders_supplier').execute();
  await db.schema.alterTable('suppliers').dropColumn('archived_at').execute();
  await db.schema.alterTable('parts').dropColumn('archived_at').execute();
}
