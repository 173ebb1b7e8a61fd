// Parts and stock through the API, on SQLite and PostgreSQL: the catalogue, a repair that
// reserves and consumes its parts, a goods receipt that frees a waiting repair, reorders, and
// no overselling when twenty repairs reserve the last five units at once.
import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { call, domainTestApp } from '../../test/helpers/domain-app.ts';
import { manager, viewer } from '../../test/helpers/fixtures.ts';
import { installBuiltins } from '../workflows/install-builtins.ts';

eachStore('parts, stock and purchase orders', (t) => {
  async function setup() {
    await installBuiltins(t.store);
    return domainTestApp(t.store);
  }
  type App = Awaited<ReturnType<typeof setup>>;

  async function part(app: App, extra: Record<string, unknown> = {}) {
    const res = await call(app, 'POST', '/api/parts', {
      as: manager,
      body: {
        sku: 'PS-100',
        name: 'Pump seal',
        cost: 8,
        price: 12.5,
        onHand: 5,
        reorderPoint: 2,
        reorderQuantity: 10,
        ...extra,
      },
    });
    expect(res.status).toBe(201);
    return res.json as { id: string; sku: string };
  }
  async function repair(app: App, title = 'Espresso machine leaks') {
    const res = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: {
        workflow: 'repair',
        title,
        fields: { customer: 'Café Central', equipment: 'Espresso machine', serialNumber: 'EM-1' },
      },
    });
    expect(res.status).toBe(201);
    return res.json as { id: string; revision: number };
  }
  async function move(app: App, id: string, event: string, fields?: Record<string, unknown>) {
    const card = await call(app, 'GET', `/api/cards/${id}`, { as: manager });
    return call(app, 'POST', `/api/cards/${id}/transitions`, {
      as: manager,
      body: { event, ...(fields ? { fields } : {}) },
      headers: { 'if-match': `"${card.json.revision}"` },
    });
  }
  async function moveOk(app: App, id: string, event: string, fields?: Record<string, unknown>) {
    const res = await move(app, id, event, fields);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    return res.json;
  }
  const addLine = (app: App, cardId: string, body: Record<string, unknown>) =>
    call(app, 'POST', `/api/cards/${cardId}/parts`, { as: manager, body });
  const stock = async (app: App, id: string) =>
    (await call(app, 'GET', `/api/parts/${id}`, { as: viewer })).json;
  const purchaseOrders = async (app: App) =>
    (await call(app, 'GET', '/api/cards?workflow=purchase_order', { as: viewer })).json.cards as {
      id: string;
      stage: string;
      fields: Record<string, unknown>;
    }[];
  async function toAwaitingParts(app: App, id: string) {
    await moveOk(app, id, 'start_diagnosis');
    await moveOk(app, id, 'send_quote', { diagnosis: 'Pump seal worn', quoteAmount: 1 });
    return moveOk(app, id, 'approve_quote', { partsNeeded: 'Pump seal' });
  }

  it('keeps a catalogue with suppliers, flags low stock and refuses a taken SKU', async () => {
    const app = await setup();
    const supplier = await call(app, 'POST', '/api/suppliers', {
      as: manager,
      body: { name: 'Rancilio Parts GmbH', email: 'orders@rancilio.example' },
    });
    expect(supplier.status).toBe(201);
    const created = await part(app, { supplier: supplier.json.id, onHand: 1 });
    expect(await stock(app, created.id)).toMatchObject({
      sku: 'PS-100',
      cost: 8,
      price: 12.5,
      supplierName: 'Rancilio Parts GmbH',
      onHand: 1,
      available: 1,
      low: true,
    });
    const taken = await call(app, 'POST', '/api/parts', {
      as: manager,
      body: {
        sku: 'ps-100',
        name: 'Other',
        cost: 1,
        price: 2,
        reorderPoint: 0,
        reorderQuantity: 1,
      },
    });
    expect(taken.status).toBe(409);
    expect(taken.json.detail).toBe('The SKU ps-100 is already used by Pump seal.');
    const denied = await call(app, 'POST', '/api/suppliers', { as: viewer, body: { name: 'X' } });
    expect(denied.status).toBe(403);
    const list = await call(app, 'GET', '/api/parts?q=seal', { as: viewer });
    expect(list.json.items.map((p: { sku: string }) => p.sku)).toEqual(['PS-100']);
  });

  it('computes the quote from parts lines plus labour; warranty lines cost the customer nothing', async () => {
    const app = await setup();
    const seal = await part(app);
    const pump = await part(app, { sku: 'PU-7', name: 'Vibration pump', cost: 40, price: 65 });
    const card = await repair(app);
    expect((await addLine(app, card.id, { part: 'PS-100', quantity: 2 })).status).toBe(201);
    const warranty = await addLine(app, card.id, { part: pump.id, quantity: 1, warranty: true });
    expect(warranty.json).toMatchObject({ partsTotal: 25, warrantyClaim: 40, revision: 3 });
    expect(warranty.json.lines.map((l: { total: number }) => l.total)).toEqual([25, 0]);
    let got = await call(app, 'GET', `/api/cards/${card.id}`, { as: viewer });
    expect(got.json.fields.quoteAmount).toBe(25);
    const patched = await call(app, 'PATCH', `/api/cards/${card.id}`, {
      as: manager,
      body: { fields: { labour: 60 } },
      headers: { 'if-match': `"${got.json.revision}"` },
    });
    expect(patched.status).toBe(200);
    expect(patched.json.fields).toMatchObject({ labour: 60, quoteAmount: 85 });
    const line = warranty.json.lines[0].id;
    const removed = await call(app, 'DELETE', `/api/cards/${card.id}/parts/${line}`, {
      as: manager,
    });
    expect(removed.json.partsTotal).toBe(0);
    got = await call(app, 'GET', `/api/cards/${card.id}`, { as: viewer });
    expect(got.json.fields.quoteAmount).toBe(60);
    // Lines on the quote reserve nothing yet.
    expect(await stock(app, seal.id)).toMatchObject({ onHand: 5, reserved: 0 });
  });

  it('reserves parts on approval and consumes them at hand-back', async () => {
    const app = await setup();
    const seal = await part(app, { onHand: 5, reorderPoint: 0 });
    const card = await repair(app);
    await addLine(app, card.id, { part: seal.id, quantity: 2 });
    const approved = await toAwaitingParts(app, card.id);
    expect(
      approved.moves.find((m: { event: string }) => m.event === 'parts_arrived'),
    ).toMatchObject({ allowed: true });
    expect(await stock(app, seal.id)).toMatchObject({ onHand: 5, reserved: 2, available: 3 });
    await moveOk(app, card.id, 'parts_arrived');
    await moveOk(app, card.id, 'send_to_qc');
    await moveOk(app, card.id, 'pass_qc', { qualityCheck: 'passed' });
    await moveOk(app, card.id, 'hand_back');
    expect(await stock(app, seal.id)).toMatchObject({ onHand: 3, reserved: 0 });
    const lines = await call(app, 'GET', `/api/cards/${card.id}/parts`, { as: viewer });
    expect(lines.json.lines[0].status).toBe('consumed');
  });

  it('releases the reservation when the repair is cancelled', async () => {
    const app = await setup();
    const seal = await part(app, { onHand: 5, reorderPoint: 0 });
    const card = await repair(app);
    await addLine(app, card.id, { part: seal.id, quantity: 3 });
    await toAwaitingParts(app, card.id);
    expect((await stock(app, seal.id)).reserved).toBe(3);
    await moveOk(app, card.id, 'cancel');
    expect(await stock(app, seal.id)).toMatchObject({ onHand: 5, reserved: 0 });
  });

  it('keeps a repair in Awaiting parts until a goods receipt covers it, then lets it move', async () => {
    const app = await setup();
    const seal = await part(app, { onHand: 0, reorderPoint: 1, reorderQuantity: 4 });
    // Created below its reorder point: a purchase order opens at once.
    const [order] = await purchaseOrders(app);
    expect(order).toMatchObject({ stage: 'requested', fields: { part: 'PS-100', quantity: 4 } });
    const card = await repair(app);
    await addLine(app, card.id, { part: seal.id, quantity: 3 });
    const waiting = await toAwaitingParts(app, card.id);
    expect(waiting.moves.find((m: { event: string }) => m.event === 'parts_arrived')).toMatchObject(
      {
        allowed: false,
        reason: 'Waiting for parts not yet in stock: 3 × Pump seal (PS-100).',
      },
    );
    const refused = await move(app, card.id, 'parts_arrived');
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toBe('Waiting for parts not yet in stock: 3 × Pump seal (PS-100).');
    const ready = await call(app, 'GET', '/api/parts/readiness?workflow=repair', { as: viewer });
    expect(ready.json.cards[card.id].short).toHaveLength(1);

    await moveOk(app, order!.id, 'place_order');
    await moveOk(app, order!.id, 'receive_part', { receivedNow: 2 });
    expect(await stock(app, seal.id)).toMatchObject({ onHand: 2, reserved: 0, onOrder: 2 });
    const partial = await call(app, 'GET', `/api/purchase-orders/${order!.id}`, { as: viewer });
    expect(partial.json).toMatchObject({ quantity: 4, received: 2, open: true });
    await moveOk(app, order!.id, 'receive_all', { receivedNow: 2 });
    expect(await stock(app, seal.id)).toMatchObject({ onHand: 4, reserved: 3, onOrder: 0 });
    const covered = await call(app, 'GET', '/api/parts/readiness?workflow=repair', { as: viewer });
    expect(covered.json.cards[card.id]).toEqual({ lines: 1, short: [] });
    const detail = await call(app, 'GET', `/api/cards/${card.id}`, { as: manager });
    expect(
      detail.json.moves.find((m: { event: string }) => m.event === 'parts_arrived').allowed,
    ).toBe(true);
    await moveOk(app, card.id, 'parts_arrived');
  });

  it('opens one purchase order when stock falls below the reorder point, not one per drop', async () => {
    const app = await setup();
    const seal = await part(app, { onHand: 4, reorderPoint: 3, reorderQuantity: 10 });
    expect(await purchaseOrders(app)).toHaveLength(0);
    for (const title of ['A', 'B']) {
      const card = await repair(app, title);
      await addLine(app, card.id, { part: seal.id, quantity: 1 });
      await toAwaitingParts(app, card.id);
    }
    const orders = await purchaseOrders(app);
    expect(orders).toHaveLength(1);
    expect(orders[0]!.fields).toMatchObject({ part: 'PS-100', quantity: 10 });
    expect((await stock(app, seal.id)).onOrder).toBe(10);
  });

  it('20 parallel reservations of the last 5 units reserve exactly 5', async () => {
    const app = await setup();
    const seal = await part(app, { onHand: 5, reorderPoint: 0 });
    const cards = [];
    for (let i = 0; i < 20; i++) {
      const card = await repair(app, `Repair ${i}`);
      await addLine(app, card.id, { part: seal.id, quantity: 1 });
      await moveOk(app, card.id, 'start_diagnosis');
      cards.push(await moveOk(app, card.id, 'send_quote', { diagnosis: 'Seal', quoteAmount: 1 }));
    }
    const results = await Promise.all(
      cards.map((card) =>
        call(app, 'POST', `/api/cards/${card.id}/transitions`, {
          as: manager,
          body: { event: 'approve_quote', fields: { partsNeeded: 'Seal' } },
          headers: { 'if-match': `"${card.revision}"` },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(await stock(app, seal.id)).toMatchObject({ onHand: 5, reserved: 5, available: 0 });
    const statuses = await t.store.db
      .selectFrom('card_parts')
      .select('status')
      .where('part_id', '=', seal.id)
      .execute();
    expect(statuses.filter((s) => s.status === 'reserved')).toHaveLength(5);
    expect(statuses.filter((s) => s.status === 'backordered')).toHaveLength(15);
  });

  it('refuses a hand-back whose parts are not in stock, and writes nothing', async () => {
    const app = await setup();
    const seal = await part(app, { onHand: 1, reorderPoint: 0 });
    const card = await repair(app);
    await moveOk(app, card.id, 'start_diagnosis');
    await moveOk(app, card.id, 'send_quote', { diagnosis: 'Seal', quoteAmount: 1 });
    await moveOk(app, card.id, 'approve_quote_no_parts');
    await addLine(app, card.id, { part: seal.id, quantity: 2 });
    await moveOk(app, card.id, 'send_to_qc');
    await moveOk(app, card.id, 'pass_qc', { qualityCheck: 'passed' });
    const refused = await move(app, card.id, 'hand_back');
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toBe(
      'Not enough in stock to hand back: 2 × Pump seal (PS-100). Receive the parts first.',
    );
    const after = await call(app, 'GET', `/api/cards/${card.id}`, { as: viewer });
    expect(after.json.stage).toBe('ready_for_pickup');
    expect(await stock(app, seal.id)).toMatchObject({ onHand: 1, reserved: 0 });
  });
});
