import { flushChangeOutbox } from '../db/change-outbox.ts';
import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { call, domainTestApp } from '../../test/helpers/domain-app.ts';
import {
  admin,
  installTicketWorkflow,
  manager,
  ticketWorkflow,
  ticketWorkflowV2,
  viewer,
} from '../../test/helpers/fixtures.ts';
import { installBuiltins } from './install-builtins.ts';

eachStore('/api/workflows', (t) => {
  async function setup() {
    await installBuiltins(t.store);
    await installTicketWorkflow(t.store);
    return domainTestApp(t.store);
  }
  type App = Awaited<ReturnType<typeof setup>>;
  async function newCard(app: App, title: string) {
    const res = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: { workflow: 'ticket', title, fields: { customer: 'Acme' } },
    });
    return res.json as { id: string; revision: number };
  }
  async function move(app: App, id: string, event: string, revision: number, fields?: object) {
    return call(app, 'POST', `/api/cards/${id}/transitions`, {
      as: manager,
      body: { event, ...(fields ? { fields } : {}) },
      headers: { 'if-match': `"${revision}"` },
    });
  }

  it('lists the built-ins and installs them only once', async () => {
    const app = await setup();
    expect(await installBuiltins(t.store)).toEqual([]);
    const res = await call(app, 'GET', '/api/workflows', { as: viewer });
    expect(res.json.workflows.map((w: { key: string }) => w.key)).toEqual([
      'deal',
      'purchase_order',
      'repair',
      'return',
      'ticket',
      'warranty',
    ]);
    expect(res.json.workflows[0].definition.stages.length).toBeGreaterThan(3);
    expect((await call(app, 'GET', '/api/workflows')).status).toBe(401);
  });

  it('shows the latest definition with its versions, one version, and 404s', async () => {
    const app = await setup();
    const res = await call(app, 'GET', '/api/workflows/repair', { as: viewer });
    expect(res.json).toMatchObject({ key: 'repair', latestVersion: 1, versions: [{ version: 1 }] });
    const v1 = await call(app, 'GET', '/api/workflows/repair/versions/1', { as: viewer });
    expect(v1.json.definition.key).toBe('repair');
    expect((await call(app, 'GET', '/api/workflows/nope', { as: viewer })).status).toBe(404);
    expect(
      (await call(app, 'GET', '/api/workflows/repair/versions/9', { as: viewer })).status,
    ).toBe(404);
    expect(
      (await call(app, 'GET', '/api/workflows/repair/versions/x', { as: viewer })).status,
    ).toBe(400);
  });

  it('publishes as latest + 1 whatever the body says; managers get 403; invalid definitions 422', async () => {
    const app = await setup();
    const body = { ...ticketWorkflowV2, version: 77 };
    expect((await call(app, 'PUT', '/api/workflows/ticket', { as: manager, body })).status).toBe(
      403,
    );
    const ok = await call(app, 'PUT', '/api/workflows/ticket', { as: admin, body });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ key: 'ticket', version: 2, publishedBy: admin.id });
    const broken = { ...ticketWorkflowV2, initial: 'nowhere' };
    const bad = await call(app, 'PUT', '/api/workflows/ticket', { as: admin, body: broken });
    expect(bad.status).toBe(422);
    expect(bad.json.problems.length).toBeGreaterThan(0);
    expect(bad.json.detail).toMatch(/nowhere/);
    const otherKey = await call(app, 'PUT', '/api/workflows/ticket', {
      as: admin,
      body: { ...ticketWorkflowV2, key: 'deal' },
    });
    expect(otherKey.status).toBe(422);
    expect((await call(app, 'PUT', '/api/workflows/nope', { as: admin, body })).status).toBe(404);
    const latest = await call(app, 'GET', '/api/workflows/ticket', { as: viewer });
    expect(latest.json.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });

  it('creates a new workflow as version 1; 409 when the key exists; 403 for managers', async () => {
    const app = await setup();
    const body = { ...ticketWorkflow, key: 'ticket2', version: 5 };
    expect((await call(app, 'POST', '/api/workflows', { as: manager, body })).status).toBe(403);
    const ok = await call(app, 'POST', '/api/workflows', { as: admin, body });
    expect(ok.status).toBe(201);
    expect(ok.json.version).toBe(1);
    expect((await call(app, 'POST', '/api/workflows', { as: admin, body })).status).toBe(409);
    expect(
      (await call(app, 'POST', '/api/workflows', { as: admin, body: { name: 'no key' } })).status,
    ).toBe(422);
  });

  it('validate reports problems, the plan, and the cards a removed stage would strand', async () => {
    const app = await setup();
    const card = await newCard(app, 'In review');
    await move(app, card.id, 'start', 1);
    await move(app, card.id, 'submit', 2, { note: 'n' });
    const res = await call(app, 'POST', '/api/workflows/ticket/validate', {
      as: admin,
      body: ticketWorkflowV2,
    });
    expect(res.json).toMatchObject({
      valid: true,
      plan: { removedStages: ['review'] },
      strandedCards: [{ stage: 'review', count: 1 }],
      strandedTotal: 1,
    });
    const bad = await call(app, 'POST', '/api/workflows/ticket/validate', {
      as: admin,
      body: { stages: [] },
    });
    expect(bad.json.valid).toBe(false);
    expect(bad.json.problems.length).toBeGreaterThan(0);
  });

  it('validates for admins only', async () => {
    const app = await setup();
    for (const who of [viewer, manager]) {
      const res = await call(app, 'POST', '/api/workflows/ticket/validate', {
        as: who,
        body: ticketWorkflowV2,
      });
      expect(res.status).toBe(403);
    }
  });

  // Issue 8: 6,000 stages and 6,000 "from anywhere" moves took 38 s and stalled the server.
  it('refuses a 6,000-stage definition by its size, naming the lists and their limits', async () => {
    const app = await setup();
    const n = 6_000;
    const huge = {
      name: 'Huge',
      fields: [],
      initial: 's0',
      stages: Array.from({ length: n }, (_, i) => ({
        key: `s${i}`,
        label: `S${i}`,
        category: i === n - 1 ? 'done' : 'active',
      })),
      transitions: Array.from({ length: n }, (_, i) => ({
        event: `e${i}`,
        label: `E${i}`,
        from: '*',
        to: `s${i}`,
      })),
    };
    const res = await call(app, 'POST', '/api/workflows/ticket/validate', {
      as: admin,
      body: huge,
    });
    expect(res.status).toBe(200);
    expect(res.json.valid).toBe(false);
    expect(res.json.problems).toEqual([
      { path: ['stages'], code: 'schema', message: 'At most 100 stages are allowed here.' },
      {
        path: ['transitions'],
        code: 'schema',
        message: 'At most 500 transitions are allowed here.',
      },
    ]);
    const publish = await call(app, 'PUT', '/api/workflows/ticket', { as: admin, body: huge });
    expect(publish.status).toBe(422);
    expect(publish.json.detail).toContain('At most 100 stages are allowed here.');
  });

  it('after v2 is published, v1 cards keep moving by v1 rules and new cards start on v2', async () => {
    const app = await setup();
    const old = await newCard(app, 'Old');
    await call(app, 'PUT', '/api/workflows/ticket', { as: admin, body: ticketWorkflowV2 });
    const fresh = await newCard(app, 'New');
    expect(fresh).toMatchObject({ version: 2 });
    expect((await move(app, old.id, 'start', 1)).status).toBe(200);
    expect((await move(app, old.id, 'finish', 2)).status).toBe(409); // v2's move, not v1's
    const submitted = await move(app, old.id, 'submit', 2, { note: 'n' });
    expect(submitted.json).toMatchObject({ stage: 'review', version: 1 });
    await move(app, fresh.id, 'start', 1);
    expect((await move(app, fresh.id, 'finish', 2)).json).toMatchObject({
      stage: 'done',
      version: 2,
    });
  });

  it('refuses a migration that leaves a removed stage unmapped, and moves every open card with a full map', async () => {
    const app = await setup();
    const inReview = await newCard(app, 'Review me');
    await move(app, inReview.id, 'start', 1);
    await move(app, inReview.id, 'submit', 2, { note: 'n' });
    const waiting = await newCard(app, 'Waiting');
    const finished = await newCard(app, 'Finished');
    await move(app, finished.id, 'cancel', 1);
    await call(app, 'PUT', '/api/workflows/ticket', { as: admin, body: ticketWorkflowV2 });

    const path = '/api/workflows/ticket/migrations';
    const request = { fromVersion: 1, toVersion: 2 };
    expect((await call(app, 'POST', path, { as: manager, body: request })).status).toBe(403);
    const refused = await call(app, 'POST', path, { as: admin, body: request });
    expect(refused.status).toBe(422);
    expect(refused.json.detail).toContain('"review"');
    expect((await call(app, 'GET', `/api/cards/${waiting.id}`, { as: viewer })).json.version).toBe(
      1,
    );
    const badTarget = await call(app, 'POST', path, {
      as: admin,
      body: { ...request, stageMap: { review: 'heaven' } },
    });
    expect(badTarget.status).toBe(422);

    const ok = await call(app, 'POST', path, {
      as: admin,
      body: { ...request, stageMap: { review: 'doing' } },
    });
    expect(ok.status).toBe(200);
    expect(ok.json.migrated).toBe(2);
    const moved = await call(app, 'GET', `/api/cards/${inReview.id}`, { as: viewer });
    expect(moved.json).toMatchObject({ version: 2, stage: 'doing', revision: 4 });
    expect(moved.json.moves.map((m: { event: string }) => m.event)).toEqual(['finish', 'cancel']);
    const history = await call(app, 'GET', `/api/cards/${inReview.id}/history`, { as: viewer });
    expect(history.json.history.at(-1)).toMatchObject({
      kind: 'migration',
      fromStage: 'review',
      toStage: 'doing',
      changes: { version: { from: 1, to: 2 } },
    });
    expect((await call(app, 'GET', `/api/cards/${waiting.id}`, { as: viewer })).json).toMatchObject(
      {
        version: 2,
        stage: 'todo',
        revision: 2,
      },
    );
    // Finished work stays on the version it finished under.
    expect(
      (await call(app, 'GET', `/api/cards/${finished.id}`, { as: viewer })).json,
    ).toMatchObject({ version: 1, stage: 'cancelled', revision: 2 });
    await flushChangeOutbox(t.store); // PostgreSQL numbers changes just after the commit
    const changes = await t.store.db
      .selectFrom('changes')
      .selectAll()
      .where('kind', '=', 'cards.migrated')
      .execute();
    expect(changes).toHaveLength(2);
    expect(
      (await call(app, 'POST', path, { as: admin, body: { fromVersion: 1, toVersion: 9 } })).status,
    ).toBe(404);
  });
});

eachStore('/api/workflows bad input', (t) => {
  it('refuses a definition with a NUL character as a 400 problem naming the field, not a database error', async () => {
    await installTicketWorkflow(t.store);
    const app = await domainTestApp(t.store);
    const res = await call(app, 'PUT', '/api/workflows/ticket', {
      as: admin,
      body: { ...ticketWorkflowV2, name: 'Tick\u0000ets' },
    });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({
      field: 'name',
      detail: 'The field name contains a NUL character.',
    });
  });
});
