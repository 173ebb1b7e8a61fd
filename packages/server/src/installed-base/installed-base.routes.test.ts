import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { call, domainTestApp } from '../../test/helpers/domain-app.ts';
import { manager, viewer } from '../../test/helpers/fixtures.ts';
import { installBuiltins } from '../workflows/install-builtins.ts';

eachStore('/api/customers and /api/equipment', (t) => {
  async function setup() {
    await installBuiltins(t.store);
    return domainTestApp(t.store);
  }
  type App = Awaited<ReturnType<typeof setup>>;

  async function customer(app: App, name = 'Bäckerei Huber') {
    const res = await call(app, 'POST', '/api/customers', {
      as: manager,
      body: { name, email: 'office@huber.example', phone: '+43 1 234' },
    });
    expect(res.status).toBe(201);
    return res.json as { id: string; name: string };
  }
  async function unit(app: App, owner: string | null, extra: Record<string, unknown> = {}) {
    const res = await call(app, 'POST', '/api/equipment', {
      as: manager,
      body: {
        serialNumber: 'SN-1234',
        product: 'Dough mixer DM-40',
        customer: owner,
        purchaseDate: '2024-01-03',
        warrantyMonths: 12,
        ...extra,
      },
    });
    expect(res.status).toBe(201);
    return res.json as { id: string; serialNumber: string };
  }
  async function claim(app: App, unitId: string) {
    const res = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: { workflow: 'warranty', title: 'Mixer stalls', fields: { unit: unitId } },
    });
    expect(res.status).toBe(201);
    return res.json as { id: string; revision: number };
  }

  it('creates a customer and a unit, reads them back with the warranty expiry and the owner', async () => {
    const app = await setup();
    const huber = await customer(app);
    const created = await unit(app, huber.id, { contractExpires: '2026-12-31' });
    const got = await call(app, 'GET', `/api/equipment/${created.id}`, { as: viewer });
    expect(got.json).toMatchObject({
      serialNumber: 'SN-1234',
      customer: huber.id,
      customerName: 'Bäckerei Huber',
      purchaseDate: '2024-01-03',
      warrantyMonths: 12,
      warrantyExpires: '2025-01-03',
      contractExpires: '2026-12-31',
    });
    const owner = await call(app, 'GET', `/api/customers/${huber.id}`, { as: viewer });
    expect(owner.json).toMatchObject({ name: 'Bäckerei Huber', email: 'office@huber.example' });
  });

  it('searches case-insensitively and pages', async () => {
    const app = await setup();
    // ASCII names: the order of accented letters is the database collation's to decide.
    for (const name of ['Cafe Lindner', 'Baeckerei Huber', 'Bistro Lumen', 'Hotel Adler']) {
      await customer(app, name);
    }
    const found = await call(app, 'GET', '/api/customers?q=LIN', { as: viewer });
    expect(found.json.items.map((c: { name: string }) => c.name)).toEqual(['Cafe Lindner']);
    const page = await call(app, 'GET', '/api/customers?limit=2&offset=1', { as: viewer });
    expect(page.json).toMatchObject({ total: 4, nextOffset: 3 });
    expect(page.json.items.map((c: { name: string }) => c.name)).toEqual([
      'Bistro Lumen',
      'Cafe Lindner',
    ]);
    const wildcard = await call(app, 'GET', '/api/customers?q=%25', { as: viewer });
    expect(wildcard.json.total).toBe(0);
  });

  it('keeps serial numbers unique whatever their case, naming the field', async () => {
    const app = await setup();
    await unit(app, null);
    const again = await call(app, 'POST', '/api/equipment', {
      as: manager,
      body: { serialNumber: 'sn-1234', product: 'Other' },
    });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    expect(again.json).toMatchObject({ code: 'duplicate-serial', field: 'serialNumber' });
    const korean = await call(app, 'POST', '/api/equipment', {
      as: manager,
      headers: { 'accept-language': 'ko' },
      body: { serialNumber: 'SN-1234', product: 'Other' },
    });
    expect(korean.json.detail).toBe(
      '일련번호 SN-1234는 이미 다른 장비(SN-1234)에 등록되어 있습니다.',
    );
  });

  it('lets viewers read but not write, and names a bad field', async () => {
    const app = await setup();
    const denied = await call(app, 'POST', '/api/customers', { as: viewer, body: { name: 'X' } });
    expect(denied.status).toBe(403);
    const bad = await call(app, 'POST', '/api/equipment', {
      as: manager,
      body: { serialNumber: 'A-1', product: 'Oven', purchaseDate: '2024-02-30' },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.field).toBe('purchaseDate');
    const unknownOwner = await call(app, 'POST', '/api/equipment', {
      as: manager,
      body: { serialNumber: 'A-1', product: 'Oven', customer: 'nobody' },
    });
    expect(unknownOwner).toMatchObject({ status: 422, json: { field: 'customer' } });
  });

  it('approves a claim from the unit, refuses one naming serial and dates, and fills the customer', async () => {
    const app = await setup();
    const huber = await customer(app);
    const sn = await unit(app, huber.id, { purchaseDate: '2020-01-03', warrantyMonths: 12 });
    const card = await claim(app, sn.id);
    const checked = await call(app, 'POST', `/api/cards/${card.id}/transitions`, {
      as: manager,
      headers: { 'if-match': '"1"' },
      body: {
        event: 'start_check',
        fields: { defectDescription: 'Stalls', claimDate: '2025-03-01' },
      },
    });
    expect(checked.status).toBe(200);
    expect(checked.json.fields.customer).toBe(huber.id);
    expect(checked.json.refs.customer).toMatchObject({ name: 'Bäckerei Huber' });
    const sentence =
      "Unit SN-1234's purchase date 2020-01-03 is more than 12 months before the claim date 2025-03-01.";
    expect(checked.json.moves.find((m: { event: string }) => m.event === 'approve')).toMatchObject({
      allowed: false,
      reason: sentence,
    });
    const refused = await call(app, 'POST', `/api/cards/${card.id}/transitions`, {
      as: manager,
      headers: { 'if-match': '"2"' },
      body: { event: 'approve', fields: { resolution: 'repair' } },
    });
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({ reason: 'guard_failed', detail: sentence });

    // The unit's record is the truth: correcting its purchase date makes the claim eligible.
    await call(app, 'PATCH', `/api/equipment/${sn.id}`, {
      as: manager,
      body: { purchaseDate: '2024-06-01' },
    });
    const approved = await call(app, 'POST', `/api/cards/${card.id}/transitions`, {
      as: manager,
      headers: { 'if-match': '"2"' },
      body: { event: 'approve', fields: { resolution: 'repair' } },
    });
    expect(approved).toMatchObject({ status: 200, json: { stage: 'approved' } });
  });

  it('hands the board the records its cards point at, as the engine reads them', async () => {
    const app = await setup();
    const huber = await customer(app);
    const sn = await unit(app, huber.id);
    await claim(app, sn.id);
    const board = await call(app, 'GET', '/api/board/warranty', { as: viewer });
    expect(board.json.records).toEqual({
      [sn.id]: expect.objectContaining({
        kind: 'equipment',
        serialNumber: 'SN-1234',
        purchaseDate: '2024-01-03',
        warrantyMonths: 12,
        customerName: 'Bäckerei Huber',
      }),
    });
  });

  it('refuses a card pointing at a unit that does not exist', async () => {
    const app = await setup();
    const res = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: { workflow: 'warranty', title: 'Ghost', fields: { unit: 'no-such-unit' } },
    });
    expect(res).toMatchObject({ status: 422, json: { code: 'unknown-reference', field: 'unit' } });
  });

  it('refuses to delete a unit or customer still referenced, naming the cards', async () => {
    const app = await setup();
    const huber = await customer(app);
    const sn = await unit(app, huber.id);
    await claim(app, sn.id);
    const unitDelete = await call(app, 'DELETE', `/api/equipment/${sn.id}`, { as: manager });
    expect(unitDelete.status).toBe(409);
    expect(unitDelete.json.detail).toBe(
      'This unit is still referenced by 1 card: "Mixer stalls". Point them elsewhere first.',
    );
    const ownerDelete = await call(app, 'DELETE', `/api/customers/${huber.id}`, { as: manager });
    expect(ownerDelete).toMatchObject({ status: 409, json: { serials: ['SN-1234'] } });

    const spare = await unit(app, null, { serialNumber: 'SPARE-1' });
    expect((await call(app, 'DELETE', `/api/equipment/${spare.id}`, { as: manager })).status).toBe(
      204,
    );
    expect((await call(app, 'GET', `/api/equipment/${spare.id}`, { as: viewer })).status).toBe(404);
  });

  it('tells one timeline per unit and per customer across lifecycles, newest first', async () => {
    const app = await setup();
    const huber = await customer(app);
    const sn = await unit(app, huber.id);
    const warrantyCard = await claim(app, sn.id);
    const repair = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: {
        workflow: 'repair',
        title: 'Mixer bearing',
        fields: { customer: 'Huber', equipment: 'Mixer', serialNumber: 'SN-1234', unit: sn.id },
      },
    });
    expect(repair.status).toBe(201);
    const deal = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: {
        workflow: 'deal',
        title: 'Second mixer',
        fields: { customer: 'Huber', account: huber.id },
      },
    });
    expect(deal.status).toBe(201);
    await call(app, 'POST', `/api/cards/${warrantyCard.id}/transitions`, {
      as: manager,
      headers: { 'if-match': '"1"' },
      body: { event: 'start_check', fields: { defectDescription: 'Stalls' } },
    });

    const unitLine = await call(app, 'GET', `/api/equipment/${sn.id}/timeline`, { as: viewer });
    expect(
      unitLine.json.timeline.map((e: { cardTitle: string; kind: string }) => [e.cardTitle, e.kind]),
    ).toEqual([
      ['Mixer stalls', 'transition'],
      ['Mixer bearing', 'created'],
      ['Mixer stalls', 'created'],
    ]);
    expect(unitLine.json.timeline[0]).toMatchObject({
      workflowName: 'Warranty claims',
      eventLabel: 'Start eligibility check',
      toStageLabel: 'Eligibility check',
    });
    const customerLine = await call(app, 'GET', `/api/customers/${huber.id}/timeline`, {
      as: viewer,
    });
    expect(customerLine.json.timeline.map((e: { cardTitle: string }) => e.cardTitle)).toEqual([
      'Mixer stalls',
      'Second mixer',
      'Mixer bearing',
      'Mixer stalls',
    ]);
  });
});
