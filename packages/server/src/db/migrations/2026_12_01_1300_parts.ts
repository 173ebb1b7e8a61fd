/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time: never import application types here, never edit after release.
// Parts and stock: suppliers, the parts catalogue (money in cents; reserved never above on hand,
// enforced by a check so no race can oversell), the parts lines of cards, and the purchase orders
// behind purchase-order cards.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('suppliers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('parts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('cost_cents', 'integer', (c) => c.notNull())
    .addColumn('price_cents', 'integer', (c) => c.notNull())
    .addColumn('supplier_id', 'text', (c) => c.references('suppliers.id'))
    .addColumn('on_hand', 'integer', (c) => c.notNull())
    .addColumn('reserved', 'integer', (c) => c.notNull())
    .addColumn('reorder_point', 'integer', (c) => c.notNull())
    .addColumn('reorder_quantity', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('parts_stock_check', sql`reserved >= 0 and reserved <= on_hand`)
    .execute();
  await db.schema
    .createIndex('parts_sku_ci')
    .on('parts')
    .unique()
    .expression(sql`lower(sku)`)
    .execute();

  // status: draft (on the quote) → backordered (ordered, not in stock) → reserved → consumed;
  // released when the repair is cancelled.
  await db.schema
    .createTable('card_parts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id'))
    .addColumn('part_id', 'text', (c) => c.notNull().references('parts.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('price_cents', 'integer', (c) => c.notNull())
    .addColumn('cost_cents', 'integer', (c) => c.notNull())
    .addColumn('warranty', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('card_parts_quantity_check', sql`quantity > 0`)
    .addCheckConstraint(
      'card_parts_status_check',
      sql`status in ('draft', 'backordered', 'reserved', 'consumed', 'released')`,
    )
    .execute();
  await db.schema.createIndex('card_parts_card_id').on('card_parts').column('card_id').execute();
  await db.schema
    .createIndex('card_parts_part_status')
    .on('card_parts')
    .columns(['part_id', 'status'])
    .execute();

  await db.schema
    .createTable('purchase_orders')
    .addColumn('card_id', 'text', (c) => c.primaryKey().references('cards.id'))
    .addColumn('part_id', 'text', (c) => c.notNull().references('parts.id'))
    .addColumn('supplier_id', 'text', (c) => c.references('suppliers.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('received', 'integer', (c) => c.notNull())
    .addColumn('open', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('purchase_orders_part_open')
    .on('purchase_orders')
    .columns(['part_id', 'open'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('purchase_orders').execute();
  await db.schema.dropTable('card_parts').execute();
  await db.schema.dropTable('parts').execute();
  await db.schema.dropTable('suppliers').execute();
}
