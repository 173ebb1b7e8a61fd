// Issue 8: field values without length limits, money that overflows column sums, automatic
// fields set by hand, user fields naming nobody, and refusals many times larger than the request.
import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { installBuiltins } from '../workflows/install-builtins.ts';
import { authHeaders, call, domainTestApp } from '../../test/helpers/domain-app.ts';
import { admin, insertUsers, manager } from '../../test/helpers/fixtures.ts';

eachStore('card field values', (t) => {
  async function setup() {
    await installBuiltins(t.store);
    await insertUsers(t.store);
    return domainTestApp(t.store);
  }
  type App = Awaited<ReturnType<typeof setup>>;
  const createDeal = (app: App, fields: Record<string, unknown>) =>
    call(app, 'POST', '/api/cards', {
      as: manager,
      body: { workflow: 'deal', title: 'Deal', fields: { customer: 'Acme', ...fields } },
    });
  async function newDeal(app: App) {
    const res = await createDeal(app, {});
    expect(res.status).toBe(201);
    return res.json as { id: string; revision: number };
  }
  const patch = (app: App, card: { id: string; revision: number }, fields: object) =>
    call(app, 'PATCH', `/api/cards/${card.id}`, {
      as: manager,
      body: { fields },
      headers: { 'if-match': `"${card.revision}"` },
    });

  it('refuses a 1,000,000-character text value, naming the field and the limit', async () => {
    const app = await setup();
    const res = await createDeal(app, { customer: 'x'.repeat(1_000_000) });
    expect(res.status).toBe(422);
    expect(res.json.errors).toEqual([
      {
        field: 'customer',
        message: 'Customer may hold at most 500 characters (this has 1,000,000).',
      },
    ]);
  });

  it('refuses money beyond 1e12, so column sums stay finite', async () => {
    const app = await setup();
    const res = await createDeal(app, { amount: 1.7e308 });
    expect(res.status).toBe(422);
    expect(res.json.field).toBe('amount');
    expect((await createDeal(app, { amount: 1e12 })).status).toBe(201);
  });

  it('refuses a PATCH that sets a field a move fills in (closedOn)', async () => {
    const app = await setup();
    const res = await patch(app, await newDeal(app), { closedOn: '2020-01-01' });
    expect(res.status).toBe(422);
    expect(res.json.field).toBe('closedOn');
    expect(res.json.detail).toBe(
      'Closed on is filled in automatically by a move and cannot be set by hand.',
    );
  });

  it('refuses user fields naming an unknown or a disabled user, accepts an active one', async () => {
    const app = await setup();
    const card = await newDeal(app);
    const ghost = await patch(app, card, { owner: 'no-such-user' });
    expect(ghost.status).toBe(422);
    expect(ghost.json).toMatchObject({ code: 'unknown-user', field: 'owner' });
    await t.store.db.updateTable('users').set({ disabled: 1 }).where('id', '=', admin.id).execute();
    expect((await patch(app, card, { owner: admin.id })).status).toBe(422);
    expect((await createDeal(app, { owner: admin.id })).status).toBe(422);
    expect((await patch(app, card, { owner: manager.id })).status).toBe(200);
  });

  it('answers 60,000 unknown keys with a refusal smaller than the request', async () => {
    const app = await setup();
    const fields = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, 1]));
    const body = { workflow: 'deal', title: 'Deal', fields };
    const res = await app.request('/api/cards', {
      method: 'POST',
      headers: { ...authHeaders(app, manager), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('At most 200 fields can be sent at once (got 60000).');
    expect(text.length).toBeLessThan(2_000);
  });

  it('lists at most 20 of 150 unknown fields and says how many more there are', async () => {
    const app = await setup();
    const fields = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`k${i}`, 1]));
    const res = await createDeal(app, fields);
    expect(res.status).toBe(422);
    expect(res.json.errors).toHaveLength(20);
    expect(res.json.reasons).toHaveLength(20);
    expect(res.json.moreErrors).toBe(130);
    expect(res.json.detail).toMatch(/\(and 130 more problems\)$/);
  });
});
