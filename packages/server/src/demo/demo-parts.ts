// The demo's parts store: three suppliers and a handful of espresso-machine and laundry parts, one
// of them already below its reorder point (so a purchase order is waiting on its board), and
// parts lines on two repairs: one waiting for that part, one with its part reserved.
import type { Store } from '../db/database.ts';
import type { Actor } from '../cards/engine-ctx.ts';
import { createPart, createSupplier } from '../parts/catalogue.service.ts';
import { addPartLine } from '../parts/card-lines.service.ts';

const SUPPLIERS = [
  {
    name: 'Rancilio Ricambi S.r.l.',
    email: 'ordini@rancilio-ricambi.example',
    phone: '+39 02 555 0101',
  },
  {
    name: 'Miele Professional Parts',
    email: 'parts@miele-pro.example',
    phone: '+49 5241 555 0202',
  },
  { name: '한국정밀부품', email: 'sales@kp-parts.example', phone: '+82 2 555 0303' },
];

const PARTS = [
  {
    sku: 'RC-PS-100',
    name: 'Pump seal kit',
    cost: 8,
    price: 14.5,
    supplier: 0,
    onHand: 12,
    reorderPoint: 4,
    reorderQuantity: 20,
  },
  {
    sku: 'RC-VP-7',
    name: 'Vibration pump 230 V',
    cost: 42,
    price: 79,
    supplier: 0,
    onHand: 3,
    reorderPoint: 2,
    reorderQuantity: 5,
  },
  {
    sku: 'RC-GB-58',
    name: 'Group gasket 8 mm',
    cost: 1.2,
    price: 4.9,
    supplier: 0,
    onHand: 40,
    reorderPoint: 10,
    reorderQuantity: 50,
  },
  {
    sku: 'MP-DB-45',
    name: 'Drum bearing set',
    cost: 36,
    price: 68,
    supplier: 1,
    onHand: 1,
    reorderPoint: 3,
    reorderQuantity: 6,
  },
  {
    sku: 'MP-HE-2K',
    name: 'Heating element 2 kW',
    cost: 55,
    price: 98,
    supplier: 1,
    onHand: 4,
    reorderPoint: 2,
    reorderQuantity: 4,
  },
  {
    sku: 'KP-TS-01',
    name: 'Temperature sensor NTC',
    cost: 6.5,
    price: 18,
    supplier: 2,
    onHand: 9,
    reorderPoint: 3,
    reorderQuantity: 10,
  },
];

/** Creates the suppliers and parts; the part below its reorder point opens its purchase order. */
export async function seedParts(store: Store, at: string): Promise<void> {
  const supplierIds: string[] = [];
  for (const s of SUPPLIERS) {
    supplierIds.push((await createSupplier(store, { ...s, notes: null }, at)).id);
  }
  for (const { supplier, ...part } of PARTS) {
    await createPart(store, { ...part, supplier: supplierIds[supplier] ?? null }, at);
  }
}

/** Gives the first repair awaiting parts a line that waits for stock, and one in repair a reserved one. */
export async function attachDemoPartLines(store: Store, actor: Actor, at: string): Promise<void> {
  const repairIn = (stage: string) =>
    store.db
      .selectFrom('cards')
      .select('id')
      .where('workflow_key', '=', 'repair')
      .where('stage', '=', stage)
      .orderBy('created_at')
      .executeTakeFirst();
  const waiting = await repairIn('awaiting_parts');
  if (waiting) await addPartLine(store, actor, waiting.id, { part: 'MP-DB-45', quantity: 2 }, at);
  const onBench = await repairIn('in_repair');
  if (onBench) await addPartLine(store, actor, onBench.id, { part: 'RC-PS-100', quantity: 1 }, at);
}
