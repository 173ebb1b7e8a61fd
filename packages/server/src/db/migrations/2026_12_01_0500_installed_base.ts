/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time: never import application types here, never edit after release.
// The installed base: customers, their equipment units (serial unique whatever its case), and
// card_refs, which cards point at which record (kept in the card's write transaction) so a
// record's timeline and "who still refers to it" are index lookups instead of scans of card JSON.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('address', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Lists are sorted by name whatever its case, and CSV import matches owners by name.
  await db.schema
    .createIndex('customers_name_ci')
    .on('customers')
    .expression(sql`lower(name)`)
    .execute();

  await db.schema
    .createTable('equipment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('serial_number', 'text', (c) => c.notNull())
    .addColumn('product', 'text', (c) => c.notNull())
    .addColumn('model', 'text')
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('purchase_date', 'text')
    .addColumn('warranty_months', 'integer')
    .addColumn('contract_expires', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // "SN-1234" and "sn-1234" are one unit: the serial is unique case-insensitively.
  await db.schema
    .createIndex('equipment_serial_ci')
    .on('equipment')
    .unique()
    .expression(sql`lower(serial_number)`)
    .execute();
  await db.schema
    .createIndex('equipment_customer_id')
    .on('equipment')
    .column('customer_id')
    .execute();

  await db.schema
    .createTable('card_refs')
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('card_refs_pk', ['card_id', 'field'])
    .addCheckConstraint('card_refs_kind_check', sql`kind in ('customer', 'equipment')`)
    .execute();
  await db.schema
    .createIndex('card_refs_kind_ref_id')
    .on('card_refs')
    .columns(['kind', 'ref_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('card_refs').execute();
  await db.schema.dropTable('equipment').execute();
  await db.schema.dropTable('customers').execute();
}
