// Fields that start a card in each built-in lifecycle, relative to today so date guards can pass.
import {
  addToDate,
  isReferenceType,
  type Fields,
  type ReferenceKind,
  type RefRecord,
  type Refs,
  type WorkflowDefinition,
} from '@stageflow/engine';
import type { Store } from '../../../src/db/database.ts';

const DAY = 86_400_000;
export const daysAgo = (days: number) =>
  new Date(Date.now() - days * DAY).toISOString().slice(0, 10);

export const BUILTIN_KEYS = ['deal', 'repair', 'return', 'warranty'] as const;
export type BuiltinKey = (typeof BUILTIN_KEYS)[number];

export function newCardFields(workflow: BuiltinKey): Fields {
  switch (workflow) {
    case 'deal':
      return { customer: 'Nordwind GmbH', amount: 12_000 };
    case 'repair':
      return { customer: 'Café Lindner', equipment: 'Espresso GS3', serialNumber: 'GS3-1' };
    case 'return':
      return {
        customer: 'Jana Novak',
        product: 'Drill XR-18',
        orderNumber: 'SO-1',
        purchaseDate: daysAgo(5),
      };
    case 'warranty':
      return { unit: sampleRefId('equipment') };
  }
}

/** The one customer and the one unit of the installed base that sample cards point at. */
export const sampleRefId = (kind: ReferenceKind) => `sample-${kind}`;

const SAMPLE_RECORDS: Record<ReferenceKind, RefRecord> = {
  customer: {
    id: sampleRefId('customer'),
    name: 'Bäckerei Huber',
    email: null,
    phone: null,
    address: null,
  },
  equipment: {
    id: sampleRefId('equipment'),
    serialNumber: 'DM40-1',
    product: 'Mixer DM-40',
    model: null,
    customer: sampleRefId('customer'),
    customerName: 'Bäckerei Huber',
    purchaseDate: daysAgo(200),
    warrantyMonths: 24,
    warrantyExpires: addToDate(daysAgo(200), 24, 'months'),
    contractExpires: null,
  },
};

/** The records every reference field of `definition` may point at, as the server resolves them. */
export function sampleRefs(definition: WorkflowDefinition): Refs {
  const refs: Refs = {};
  for (const field of definition.fields) {
    if (isReferenceType(field.type)) refs[field.key] = SAMPLE_RECORDS[field.type];
  }
  return refs;
}

/** Writes the sample customer and unit (the server resolves them from the database). */
export async function seedSampleRecords(store: Store): Promise<void> {
  const at = new Date().toISOString();
  const c = SAMPLE_RECORDS.customer;
  await store.db
    .insertInto('customers')
    .values({
      id: c.id,
      name: String(c.name),
      email: null,
      phone: null,
      address: null,
      notes: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const u = SAMPLE_RECORDS.equipment;
  await store.db
    .insertInto('equipment')
    .values({
      id: u.id,
      serial_number: String(u.serialNumber),
      product: String(u.product),
      model: null,
      customer_id: c.id,
      purchase_date: String(u.purchaseDate),
      warranty_months: Number(u.warrantyMonths),
      contract_expires: null,
      notes: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
}
