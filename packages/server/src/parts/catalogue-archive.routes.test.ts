// Suppliers and parts leave the catalogue by archiving (history kept) or, when nothing uses
// them, by deleting; and a purchase order made by hand has its order from the start. On SQLite
// and PostgreSQL.
import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { call, domainTestApp } from '../../test/helpers/domain-app.ts';
import { manager, viewer } from '../../test/helpers/fixtures.ts';
import { installBuiltins } from '../workflows/install-builtins.ts';

eachStore('archiving and deleting parts and suppliers; purchase orders made by hand', (t) => {
  async function setup() {
    await installBuiltins(t.store);
    return domainTestApp(t.store);
  }
  type App = Awaited<ReturnType<typeof setup>>;

  async function supplier(app: App, name = 'Rancilio Parts GmbH') {
    const res = await call(app, 'POST', '/api/suppliers', { as: manager, body: { name } });
    expect(res.status).toBe(201);
    return res.json as { id: string; name: string };
  }
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
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json as { id: string; sku: string };
  }
  async function repair(app: App) {
    const res = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: {
        workflow: 'repair',
        title: 'Grinder jams',
        fields: { customer: 'Café Central', equipment: 'Grinder', serialNumber: 'GR-1' },
      },
    });
    expect(res.status).toBe(201);
    return res.json as { id: string };
  }
  const newOrder = (app: App, fields: Record<string, unknown>) =>
    call(app, 'POST', '/api/cards', {
      as: manager,
      body: { workflow: 'purchase_order', title: 'Seals for the spring service', fields },
    });
  const skus = async (app: App, query = '') =>
    (
      (await call(app, 'GET', `/api/parts${query}`, { as: viewer })).json.items as { sku: string }[]
    ).map((p) => p.sku);
  const orderCards = async (app: App) =>
    (await call(app, 'GET', '/api/cards?workflow=purchase_order', { as: viewer })).json
      .cards as unknown[];

  it('deletes an unused supplier, and refuses one that parts and purchase orders use, naming them', async () => {
    const app = await setup();
    const unused = await supplier(app, 'Spare Co');
    expect((await call(app, 'DELETE', `/api/suppliers/${unused.id}`, { as: manager })).status).toBe(
      204,
    );
    expect((await call(app, 'GET', `/api/suppliers/${unused.id}`, { as: viewer })).status).toBe(
      404,
    );

    const used = await supplier(app);
    await part(app, { supplier: used.id });
    const order = await newOrder(app, { part: 'PS-100', quantity: 4 });
    expect(order.status, JSON.stringify(order.json)).toBe(201);
    const refused = await call(app, 'DELETE', `/api/suppliers/${used.id}`, { as: manager });
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.json.code).toBe('still-referenced');
    expect(refused.json.detail).toBe(
      'The supplier Rancilio Parts GmbH cannot be deleted: part PS-100 comes from it and open purchase order "Seals for the spring service" is with it. Archive it instead: it keeps its history and is no longer offered.',
    );
    expect(refused.json.parts).toEqual([{ id: expect.any(String), sku: 'PS-100' }]);
    expect(refused.json.purchaseOrders).toEqual([
      { id: order.json.id, title: 'Seals for the spring service', open: true },
    ]);
    const ko = await call(app, 'DELETE', `/api/suppliers/${used.id}`, {
      as: manager,
      headers: { 'accept-language': 'ko' },
    });
    expect(ko.json.detail).toBe(
      '공급업체 Rancilio Parts GmbH은(는) 삭제할 수 없습니다. 이 공급업체의 부품 1개(PS-100) 및 진행 중인 구매 주문 1건("Seals for the spring service")에서 사용 중입니다. 대신 보관하세요. 기록은 남고 선택 목록에서만 빠집니다.',
    );
    expect((await call(app, 'GET', `/api/suppliers/${used.id}`, { as: viewer })).status).toBe(200);
  });

  it('archives a supplier: gone from the list and from new parts, kept by its parts, restorable', async () => {
    const app = await setup();
    const s = await supplier(app);
    const kept = await part(app, { supplier: s.id });
    const archived = await call(app, 'PATCH', `/api/suppliers/${s.id}`, {
      as: manager,
      body: { archived: true },
    });
    expect(archived.status).toBe(200);
    expect(archived.json.archivedAt).toEqual(expect.any(String));
    const names = async (q = '') =>
      (
        (await call(app, 'GET', `/api/suppliers${q}`, { as: viewer })).json.items as {
          name: string;
        }[]
      ).map((x) => x.name);
    expect(await names()).toEqual([]);
    expect(await names('?archived=include')).toEqual(['Rancilio Parts GmbH']);
    expect(await names('?archived=only')).toEqual(['Rancilio Parts GmbH']);

    const refused = await call(app, 'POST', '/api/parts', {
      as: manager,
      body: {
        sku: 'GS-1',
        name: 'Gasket',
        cost: 1,
        price: 2,
        reorderPoint: 0,
        reorderQuantity: 1,
        supplier: s.id,
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.field).toBe('supplier');
    expect(refused.json.detail).toBe(
      'The supplier Rancilio Parts GmbH is archived. Restore it on the suppliers page first.',
    );
    // The part that had it keeps it, and may still be changed.
    const renamed = await call(app, 'PATCH', `/api/parts/${kept.id}`, {
      as: manager,
      body: { name: 'Pump seal v2', supplier: s.id },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.json.supplierName).toBe('Rancilio Parts GmbH');

    await call(app, 'PATCH', `/api/suppliers/${s.id}`, { as: manager, body: { archived: false } });
    expect(await names()).toEqual(['Rancilio Parts GmbH']);
  });

  it('archives a part: hidden from lists and lines, never reordered, restorable', async () => {
    const app = await setup();
    const p = await part(app, { onHand: 5, reorderPoint: 2 });
    await part(app, { sku: 'GS-1', name: 'Gasket' });
    const res = await call(app, 'PATCH', `/api/parts/${p.id}`, {
      as: manager,
      body: { archived: true },
    });
    expect(res.status).toBe(200);
    expect(await skus(app)).toEqual(['GS-1']);
    expect(await skus(app, '?archived=include')).toEqual(['GS-1', 'PS-100']);
    expect(await skus(app, '?archived=only')).toEqual(['PS-100']);

    const card = await repair(app);
    const line = await call(app, 'POST', `/api/cards/${card.id}/parts`, {
      as: manager,
      body: { part: 'PS-100', quantity: 1 },
    });
    expect(line.status).toBe(422);
    expect(line.json.detail).toBe(
      'The part PS-100 is archived. Restore it on the stock page to use it again.',
    );
    // Writing off stock below the reorder point opens no purchase order for an archived part.
    await call(app, 'POST', `/api/parts/${p.id}/adjustments`, { as: manager, body: { delta: -5 } });
    expect(await orderCards(app)).toHaveLength(0);
    const order = await newOrder(app, { part: 'PS-100', quantity: 3 });
    expect(order.status).toBe(422);
    expect(order.json.field).toBe('part');

    // Restored, it is low again and its reorder opens.
    await call(app, 'PATCH', `/api/parts/${p.id}`, { as: manager, body: { archived: false } });
    expect(await skus(app)).toEqual(['GS-1', 'PS-100']);
    expect(await orderCards(app)).toHaveLength(1);
  });

  it('deletes an unused part, and refuses one a repair uses, naming the card', async () => {
    const app = await setup();
    const unused = await part(app, { sku: 'GS-1', name: 'Gasket' });
    expect((await call(app, 'DELETE', `/api/parts/${unused.id}`, { as: manager })).status).toBe(
      204,
    );
    expect(await skus(app, '?archived=include')).toEqual([]);

    const used = await part(app);
    const card = await repair(app);
    const line = await call(app, 'POST', `/api/cards/${card.id}/parts`, {
      as: manager,
      body: { part: 'PS-100', quantity: 1 },
    });
    expect(line.status).toBe(201);
    const refused = await call(app, 'DELETE', `/api/parts/${used.id}`, { as: manager });
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toBe(
      'The part PS-100 cannot be deleted: card "Grinder jams" uses it. Archive it instead: the card keeps its lines and the part leaves the pickers and the stock page.',
    );
    expect(refused.json.cards).toEqual([{ id: card.id, title: 'Grinder jams' }]);
    expect((await call(app, 'DELETE', `/api/parts/${used.id}`, { as: viewer })).status).toBe(403);
    expect(await skus(app)).toEqual(['PS-100']);
  });

  it('gives a purchase order made by hand its order at creation: the part is on order at once', async () => {
    const app = await setup();
    const own = await supplier(app, 'Rancilio Parts GmbH');
    const other = await supplier(app, 'Gaggia Service');
    const p = await part(app, { supplier: own.id, onHand: 20 });
    const created = await newOrder(app, {
      part: 'ps-100',
      quantity: 4,
      supplier: 'gaggia service',
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    // The fields are stored as the catalogue spells them.
    expect(created.json.fields).toMatchObject({
      part: 'PS-100',
      partName: 'Pump seal',
      supplier: 'Gaggia Service',
      quantity: 4,
    });
    const order = await call(app, 'GET', `/api/purchase-orders/${created.json.id}`, { as: viewer });
    expect(order.status).toBe(200);
    expect(order.json).toMatchObject({ part: p.id, supplier: other.id, quantity: 4, received: 0 });
    expect((await call(app, 'GET', `/api/parts/${p.id}`, { as: viewer })).json.onOrder).toBe(4);

    // No supplier named: the part's own.
    const second = await newOrder(app, { part: 'PS-100', quantity: 2 });
    expect(second.json.fields.supplier).toBe('Rancilio Parts GmbH');
    expect((await call(app, 'GET', `/api/parts/${p.id}`, { as: viewer })).json.onOrder).toBe(6);
  });

  it('keeps the order in step when its card changes part, supplier or quantity', async () => {
    const app = await setup();
    const own = await supplier(app, 'Rancilio Parts GmbH');
    const seal = await part(app, { supplier: own.id, onHand: 20 });
    const gasket = await part(app, { sku: 'GS-1', name: 'Gasket', onHand: 20 });
    const created = await newOrder(app, { part: 'PS-100', quantity: 4 });
    const id = created.json.id as string;
    const patch = async (fields: Record<string, unknown>) => {
      const card = await call(app, 'GET', `/api/cards/${id}`, { as: manager });
      return call(app, 'PATCH', `/api/cards/${id}`, {
        as: manager,
        body: { fields },
        headers: { 'if-match': `"${card.json.revision}"` },
      });
    };
    const onOrder = async (partId: string) =>
      (await call(app, 'GET', `/api/parts/${partId}`, { as: viewer })).json.onOrder;

    const changed = await patch({ part: 'gs-1', quantity: 6 });
    expect(changed.status, JSON.stringify(changed.json)).toBe(200);
    expect(changed.json.fields).toMatchObject({ part: 'GS-1', partName: 'Gasket', quantity: 6 });
    expect(await onOrder(seal.id)).toBe(0);
    expect(await onOrder(gasket.id)).toBe(6);

    // Two arrive; the part is then fixed and the quantity cannot drop below what arrived.
    const card = await call(app, 'GET', `/api/cards/${id}`, { as: manager });
    const placed = await call(app, 'POST', `/api/cards/${id}/transitions`, {
      as: manager,
      body: { event: 'place_order' },
      headers: { 'if-match': `"${card.json.revision}"` },
    });
    expect(placed.status).toBe(200);
    const received = await call(app, 'POST', `/api/cards/${id}/transitions`, {
      as: manager,
      body: { event: 'receive_part', fields: { receivedNow: 2 } },
      headers: { 'if-match': `"${placed.json.revision}"` },
    });
    expect(received.status, JSON.stringify(received.json)).toBe(200);
    expect(await onOrder(gasket.id)).toBe(4);
    const partFixed = await patch({ part: 'PS-100' });
    expect(partFixed.status).toBe(409);
    expect(partFixed.json.code).toBe('order-part-fixed');
    const below = await patch({ quantity: 1 });
    expect(below.status).toBe(422);
    expect(below.json.detail).toBe('2 units have already arrived: order at least that many.');
    expect((await patch({ quantity: 3 })).status).toBe(200);
    expect(await onOrder(gasket.id)).toBe(1);
  });

  it('refuses a purchase order for an unknown part or supplier, or a fractional quantity, writing nothing', async () => {
    const app = await setup();
    await part(app);
    const unknownPart = await newOrder(app, { part: 'NOPE-1', quantity: 4 });
    expect(unknownPart.status).toBe(422);
    expect(unknownPart.json).toMatchObject({
      field: 'part',
      detail: 'There is no part with the SKU or id NOPE-1.',
    });
    const unknownSupplier = await newOrder(app, {
      part: 'PS-100',
      quantity: 4,
      supplier: 'Nobody',
    });
    expect(unknownSupplier.status).toBe(422);
    expect(unknownSupplier.json).toMatchObject({
      field: 'supplier',
      detail: 'There is no supplier called Nobody.',
    });
    const fraction = await newOrder(app, { part: 'PS-100', quantity: 2.5 });
    expect(fraction.status).toBe(422);
    expect(fraction.json.field).toBe('quantity');
    expect(await orderCards(app)).toHaveLength(0);
  });
});
