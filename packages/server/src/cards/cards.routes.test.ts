import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { authHeaders, call, domainTestApp } from '../../test/helpers/domain-app.ts';
import {
  admin,
  installTicketWorkflow,
  insertUsers,
  manager,
  viewer,
} from '../../test/helpers/fixtures.ts';

eachStore('/api/cards', (t) => {
  async function setup() {
    await installTicketWorkflow(t.store);
    await insertUsers(t.store);
    return domainTestApp(t.store);
  }
  async function create(
    app: Awaited<ReturnType<typeof setup>>,
    title = 'Broken pump',
    fields = {},
  ) {
    const res = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: { workflow: 'ticket', title, fields: { customer: 'Acme', ...fields } },
    });
    expect(res.status).toBe(201);
    return res;
  }

  it('creates a card: 201 with ETag, Location and the moves the caller has', async () => {
    const app = await setup();
    const res = await create(app);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.headers.get('location')).toBe(`/api/cards/${res.json.id}`);
    expect(res.json).toMatchObject({ workflow: 'ticket', version: 1, stage: 'todo', revision: 1 });
    expect(res.json.moves.map((m: { event: string }) => m.event)).toEqual(['start', 'cancel']);
  });

  it('refuses bad create requests: 401 signed out, 403 viewer, 400 read-only field, 415, 422 unknown workflow', async () => {
    const app = await setup();
    const body = { workflow: 'ticket', title: 'x', fields: { customer: 'A' } };
    expect((await call(app, 'POST', '/api/cards', { body })).status).toBe(401);
    expect((await call(app, 'POST', '/api/cards', { as: viewer, body })).status).toBe(403);
    const readOnly = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: { ...body, stage: 'done' },
    });
    expect(readOnly.status).toBe(400);
    expect(readOnly.headers.get('content-type')).toContain('application/problem+json');
    expect(readOnly.json.field).toBe('stage');
    const text = await app.request('/api/cards', {
      method: 'POST',
      headers: { ...authHeaders(app, manager), 'content-type': 'text/plain' },
      body: 'hi',
    });
    expect(text.status).toBe(415);
    const unknown = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: { ...body, workflow: 'nope' },
    });
    expect(unknown.status).toBe(422);
    const missing = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: { ...body, fields: {} },
    });
    expect(missing.status).toBe(422);
    expect(missing.json.missing).toEqual(['customer']);
  });

  it('reads a card with its ETag, and 404 for an unknown one', async () => {
    const app = await setup();
    const { json } = await create(app);
    const res = await call(app, 'GET', `/api/cards/${json.id}`, { as: viewer });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.json.moves.every((m: { allowed: boolean }) => !m.allowed)).toBe(true);
    expect((await call(app, 'GET', '/api/cards/nope', { as: viewer })).status).toBe(404);
  });

  it('moves a card: 200 + new ETag; 428 without If-Match; 412 stale; 409 refused; 404 unknown', async () => {
    const app = await setup();
    const { json } = await create(app);
    const path = `/api/cards/${json.id}/transitions`;
    expect((await call(app, 'POST', path, { as: manager, body: { event: 'start' } })).status).toBe(
      428,
    );
    const ok = await call(app, 'POST', path, {
      as: manager,
      body: { event: 'start' },
      headers: { 'if-match': '"1"' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    expect(ok.json).toMatchObject({ stage: 'doing', revision: 2 });
    const stale = await call(app, 'POST', path, {
      as: manager,
      body: { event: 'cancel' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    const refused = await call(app, 'POST', path, {
      as: manager,
      body: { event: 'submit' },
      headers: { 'if-match': '"2"' },
    });
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toMatch(/Note/);
    expect(refused.json.currentStage).toBe('doing');
    expect(refused.json.moves.map((m: { event: string }) => m.event)).toEqual(['submit', 'cancel']);
    const unknown = await call(app, 'POST', '/api/cards/nope/transitions', {
      as: manager,
      body: { event: 'start' },
      headers: { 'if-match': '"1"' },
    });
    expect(unknown.status).toBe(404);
    const badEvent = await call(app, 'POST', path, {
      as: manager,
      body: { event: 'fly' },
      headers: { 'if-match': '"2"' },
    });
    expect(badEvent.status).toBe(409);
    const wrongType = await call(app, 'POST', path, {
      as: manager,
      body: { event: 7 },
      headers: { 'if-match': '"2"' },
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.json.field).toBe('event');
  });

  it('role matrix for moves: viewer 403, admin-only move 403 for a manager and 200 for an admin', async () => {
    const app = await setup();
    const { json } = await create(app);
    const path = `/api/cards/${json.id}/transitions`;
    const move = (as: typeof admin, event: string, rev: number, fields?: object) =>
      call(app, 'POST', path, { as, body: { event, fields }, headers: { 'if-match': `"${rev}"` } });
    expect((await move(viewer, 'start', 1)).status).toBe(403);
    expect((await move(manager, 'start', 1)).status).toBe(200);
    expect((await move(manager, 'submit', 2, { note: 'done' })).status).toBe(200);
    const refused = await move(manager, 'approve', 3);
    expect(refused.status).toBe(403);
    expect(refused.json.code).toBe('role-not-permitted');
    expect(refused.json.detail.length).toBeGreaterThan(10);
    expect((await move(admin, 'approve', 3)).status).toBe(200);
  });

  it('replays an Idempotency-Key: same status, body and ETag; another body with the key is 422', async () => {
    const app = await setup();
    const { json } = await create(app);
    const path = `/api/cards/${json.id}/transitions`;
    const headers = { 'if-match': '"1"', 'idempotency-key': 'move-1' };
    const first = await call(app, 'POST', path, { as: manager, body: { event: 'start' }, headers });
    const again = await call(app, 'POST', path, { as: manager, body: { event: 'start' }, headers });
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get('etag')).toBe('"2"');
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const history = await call(app, 'GET', `/api/cards/${json.id}/history`, { as: viewer });
    expect(history.json.history).toHaveLength(2);
    const other = await call(app, 'POST', path, {
      as: manager,
      body: { event: 'cancel' },
      headers,
    });
    expect(other.status).toBe(422);
  });

  it('20 parallel moves with the same If-Match: exactly one 200, the rest 412', async () => {
    const app = await setup();
    const { json } = await create(app);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        call(app, 'POST', `/api/cards/${json.id}/transitions`, {
          as: manager,
          body: { event: 'start' },
          headers: { 'if-match': '"1"' },
        }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(19);
  });

  it('patches title, fields, assignee and position with If-Match; 428, 412, 403 and 422 otherwise', async () => {
    const app = await setup();
    const a = (await create(app, 'A')).json;
    const b = (await create(app, 'B')).json;
    const path = `/api/cards/${b.id}`;
    expect((await call(app, 'PATCH', path, { as: manager, body: { title: 'B2' } })).status).toBe(
      428,
    );
    expect(
      (
        await call(app, 'PATCH', path, {
          as: viewer,
          body: { title: 'B2' },
          headers: { 'if-match': '"1"' },
        })
      ).status,
    ).toBe(403);
    const ok = await call(app, 'PATCH', path, {
      as: manager,
      body: {
        title: 'B2',
        fields: { amount: 99.5 },
        assignee: manager.id,
        position: { before: a.id },
      },
      headers: { 'if-match': '"1"' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    expect(ok.json).toMatchObject({ title: 'B2', assignee: manager.id, fields: { amount: 99.5 } });
    expect(ok.json.position < a.position).toBe(true);
    const stale = await call(app, 'PATCH', path, {
      as: manager,
      body: { title: 'x' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    const badValue = await call(app, 'PATCH', path, {
      as: manager,
      body: { fields: { amount: 'lots' } },
      headers: { 'if-match': '"2"' },
    });
    expect(badValue.status).toBe(422);
    expect(badValue.json.field).toBe('amount');
    const readOnly = await call(app, 'PATCH', path, {
      as: manager,
      body: { revision: 9 },
      headers: { 'if-match': '"2"' },
    });
    expect(readOnly.status).toBe(400);
  });

  it('lists cards with filters and an opaque cursor', async () => {
    const app = await setup();
    for (let i = 0; i < 5; i++)
      await create(app, `Pump ${i}`, { note: i === 3 ? 'Needs 50% OFF' : 'x' });
    const page1 = await call(app, 'GET', '/api/cards?workflow=ticket&limit=2', { as: viewer });
    expect(page1.json.cards).toHaveLength(2);
    const page2 = await call(
      app,
      'GET',
      `/api/cards?workflow=ticket&limit=2&cursor=${page1.json.nextCursor}`,
      {
        as: viewer,
      },
    );
    const page3 = await call(
      app,
      'GET',
      `/api/cards?workflow=ticket&limit=2&cursor=${page2.json.nextCursor}`,
      {
        as: viewer,
      },
    );
    const titles = [...page1.json.cards, ...page2.json.cards, ...page3.json.cards].map(
      (c: { title: string }) => c.title,
    );
    expect(titles.sort()).toEqual(['Pump 0', 'Pump 1', 'Pump 2', 'Pump 3', 'Pump 4']);
    expect(page3.json.nextCursor).toBeNull();
    const q = await call(app, 'GET', '/api/cards?q=50%25%20off', { as: viewer });
    expect(q.json.cards.map((c: { title: string }) => c.title)).toEqual(['Pump 3']);
    // A field's name is not what a card says: only values (and titles and ids) are searched.
    expect((await call(app, 'GET', '/api/cards?q=note', { as: viewer })).json.cards).toEqual([]);
    const byId = await call(app, 'GET', `/api/cards?q=${q.json.cards[0].id}`, { as: viewer });
    expect(byId.json.cards.map((c: { title: string }) => c.title)).toEqual(['Pump 3']);
    const stage = await call(app, 'GET', '/api/cards?stage=doing', { as: viewer });
    expect(stage.json.cards).toEqual([]);
    expect((await call(app, 'GET', '/api/cards?overdue=true', { as: viewer })).json.cards).toEqual(
      [],
    );
    expect((await call(app, 'GET', '/api/cards?cursor=garbage', { as: viewer })).status).toBe(400);
    expect((await call(app, 'GET', '/api/cards?limit=0', { as: viewer })).status).toBe(400);
    expect((await call(app, 'GET', '/api/cards?colour=red', { as: viewer })).status).toBe(400);
  });

  it('finds overdue cards and cards assigned to the caller', async () => {
    const app = await setup();
    const { json } = await create(app);
    // Entered "doing" (1-day SLA) two days ago.
    await call(app, 'POST', `/api/cards/${json.id}/transitions`, {
      as: manager,
      body: { event: 'start' },
      headers: { 'if-match': '"1"' },
    });
    const past = '2020-01-01T00:00:00.000Z';
    await t.store.db.updateTable('cards').set({ due_at: past }).where('id', '=', json.id).execute();
    const overdue = await call(app, 'GET', '/api/cards?overdue=true', { as: viewer });
    expect(overdue.json.cards).toMatchObject([{ id: json.id, overdue: true }]);
    await call(app, 'PATCH', `/api/cards/${json.id}`, {
      as: manager,
      body: { assignee: manager.id },
      headers: { 'if-match': '"2"' },
    });
    expect(
      (await call(app, 'GET', '/api/cards?assignee=me', { as: manager })).json.cards,
    ).toHaveLength(1);
    expect(
      (await call(app, 'GET', '/api/cards?assignee=me', { as: viewer })).json.cards,
    ).toHaveLength(0);
  });

  it('returns the history ordered by revision, and 404 for an unknown card', async () => {
    const app = await setup();
    const { json } = await create(app);
    await call(app, 'POST', `/api/cards/${json.id}/transitions`, {
      as: manager,
      body: { event: 'start' },
      headers: { 'if-match': '"1"' },
    });
    const res = await call(app, 'GET', `/api/cards/${json.id}/history`, { as: viewer });
    expect(
      res.json.history.map((h: { revision: number; kind: string }) => [h.revision, h.kind]),
    ).toEqual([
      [1, 'created'],
      [2, 'transition'],
    ]);
    expect((await call(app, 'GET', '/api/cards/nope/history', { as: viewer })).status).toBe(404);
  });

  it('answers NUL characters and out-of-range numbers with 4xx problems and changes nothing', async () => {
    const app = await setup();
    const { json } = await create(app);
    const before = await t.store.db.selectFrom('cards').select(['id', 'revision']).execute();
    const body = { workflow: 'ticket', title: 'ok', fields: { customer: 'A' } };
    const statuses = [
      (await call(app, 'POST', '/api/cards', { as: manager, body: { ...body, title: 'a\u0000b' } }))
        .status,
      (
        await call(app, 'POST', '/api/cards', {
          as: manager,
          body: { ...body, fields: { customer: 'A\u0000' } },
        })
      ).status,
      (await call(app, 'GET', '/api/cards/a%00b', { as: manager })).status,
      (await call(app, 'GET', '/api/cards?q=%00', { as: manager })).status,
      (await call(app, 'GET', '/api/board/%00', { as: manager })).status,
      (await call(app, 'GET', '/api/workflows/ticket/versions/99999999999', { as: manager }))
        .status,
      (
        await call(app, 'POST', '/api/workflows/ticket/migrations', {
          as: admin,
          body: { fromVersion: 1, toVersion: 99999999999 },
        })
      ).status,
      (
        await call(app, 'POST', `/api/cards/${json.id}/transitions`, {
          as: manager,
          body: { event: 'st\u0000art' },
          headers: { 'if-match': '"1"' },
        })
      ).status,
      (
        await call(app, 'PATCH', `/api/cards/${json.id}`, {
          as: manager,
          body: { position: { after: 'x\u0000' } },
          headers: { 'if-match': '"1"' },
        })
      ).status,
    ];
    // A NUL in a path id is refused before any route, the same on every store.
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 400, 400, 400]);
    expect(await t.store.db.selectFrom('cards').select(['id', 'revision']).execute()).toEqual(
      before,
    );
  });
});
