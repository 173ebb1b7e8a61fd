// The demo's installed base: the customers and units its cards are about, created first so the
// cards can point at them. Warranty claims name their unit; repairs point at the unit their serial
// names; deals point at their customer's record.
import { randomUUID } from 'node:crypto';
import type { Fields } from '@stageflow/engine';
import type { Store } from '../db/database.ts';
import { createCustomer, createEquipment } from '../installed-base/installed-base.service.ts';
import type { DemoCard, DemoUnit } from './demo-script.ts';

const WARRANTY_MONTHS_BY_DEFAULT = 24;

/** The unit a card is about, if any: declared (claims) or read from a repair's serial. */
function unitOf(card: DemoCard): DemoUnit | undefined {
  if (card.unit) return card.unit;
  const f = card.fields;
  if (card.workflow !== 'repair' || typeof f.serialNumber !== 'string') return undefined;
  return {
    serialNumber: f.serialNumber,
    product: String(f.equipment),
    customer: String(f.customer),
    purchaseDate: typeof f.purchaseDate === 'string' ? f.purchaseDate : null,
    warrantyMonths: WARRANTY_MONTHS_BY_DEFAULT,
  };
}

/** Creates every customer and unit the cards mention; returns the cards pointing at them. */
export async function seedInstalledBase(
  store: Store,
  cards: DemoCard[],
  at: string,
): Promise<DemoCard[]> {
  const customers = new Map<string, string>();
  const customerId = async (name: string) => {
    let id = customers.get(name);
    if (!id) {
      id = (
        await createCustomer(
          store,
          { name, email: emailOf(name), phone: null, address: null, notes: null },
          at,
        )
      ).id;
      customers.set(name, id);
    }
    return id;
  };
  const units = new Map<string, string>();
  const out: DemoCard[] = [];
  for (const card of cards) {
    const fields: Fields = { ...card.fields };
    const unit = unitOf(card);
    if (unit) {
      let id = units.get(unit.serialNumber);
      if (!id) {
        const owner = await customerId(unit.customer);
        const created = await createEquipment(
          store,
          { ...unit, customer: owner, notes: null, model: null, contractExpires: null },
          at,
        );
        id = created.id;
        units.set(unit.serialNumber, id);
      }
      fields.unit = id;
    }
    if (card.workflow === 'deal' && typeof card.fields.customer === 'string') {
      fields.account = await customerId(card.fields.customer);
    }
    out.push({ ...card, fields });
  }
  return out;
}

function emailOf(name: string): string {
  const local = name
    .normalize('NFKD')
    .replace(/[^\w\s]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '.');
  return `${local || randomUUID().slice(0, 8)}@example.com`;
}
