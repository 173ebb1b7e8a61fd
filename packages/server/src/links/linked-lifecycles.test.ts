// Linked lifecycles through the API on the built-in workflows: an approved repair claim opens a
// repair order in the same transaction, the claim cannot be resolved while the repair is open
// (the refusal names it), and handing the repair back resolves the claim as the system.
import { warrantyWorkflow } from '@stageflow/engine';
import { expect, it } from 'vitest';
import { call, domainTestApp } from '../../test/helpers/domain-app.ts';
import { admin, manager } from '../../test/helpers/fixtures.ts';
import { eachStore } from '../../test/helpers/stores.ts';
import { flushChangeOutbox } from '../db/change-outbox.ts';
import { installBuiltins } from '../workflows/install-builtins.ts';

const NOW = '2026-03-02T09:00:00.000Z';

eachStore('linked lifecycles', (t) => {
  type App = Awaited<ReturnType<typeof domainTestApp>>;

  async function setup(owner: string | null = 'Bäckerei Huber') {
    await installBuiltins(t.store, '2026-01-01T00:00:00.000Z');
    const app = await domainTestApp(t.store, { deps: { now: () => new Date(NOW) } });
    let customer: string | null = null;
    if (owner) {
      const res = await call(app, 'POST', '/api/customers', { as: manager, body: { name: owner } });
      customer = res.json.id;
    }
    const unit = await call(app, 'POST', '/api/equipment', {
      as: manager,
      body: {
        serialNumber: 'SN-1234',
        product: 'Dough mixer DM-40',
        customer,
        purchaseDate: '2025-06-01',
        warrantyMonths: 24,
      },
    });
    expect(unit.status).toBe(201);
    return { app, unit: unit.json.id as string };
  }

  async function move(app: App, id: string, event: string, fields?: object) {
    const card = await call(app, 'GET', `/api/cards/${id}`, { as: manager });
    return call(app, 'POST', `/api/cards/${id}/transitions`, {
      as: manager,
      headers: { 'if-match': `"${card.json.revision}"` },
      body: { event, ...(fields ? { fields } : {}) },
    });
  }

  async function approvedClaim(app: App, unit: string) {
    const claim = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: {
        workflow: 'warranty',
        title: 'Mixer stops under load',
        fields: { unit, defectDescription: 'Stops after a minute' },
      },
    });
    expect(claim.status).toBe(201);
    const id = claim.json.id as string;
    expect((await move(app, id, 'start_check')).status).toBe(200);
    const approved = await move(app, id, 'approve', { resolution: 'repair' });
    expect(approved.status).toBe(200);
    const links = await call(app, 'GET', `/api/cards/${id}/links`, { as: manager });
    return { id, repair: links.json.links[0]?.id as string, links: links.json.links };
  }

  it('an approved repair claim opens a linked repair order filled from the claim and its unit', async () => {
    const { app, unit } = await setup();
    const claim = await approvedClaim(app, unit);
    expect(claim.links).toEqual([
      {
        id: claim.repair,
        title: 'Mixer stops under load',
        workflow: 'repair',
        workflowName: 'Equipment repairs',
        stage: 'received',
        stageLabel: 'Received',
        category: 'open',
        relation: 'child',
      },
    ]);
    const repair = await call(app, 'GET', `/api/cards/${claim.repair}`, { as: manager });
    expect(repair.json.fields).toMatchObject({
      customer: 'Bäckerei Huber',
      equipment: 'Dough mixer DM-40',
      serialNumber: 'SN-1234',
      unit,
      purchaseDate: '2025-06-01',
      underWarranty: true,
    });
    const history = await call(app, 'GET', `/api/cards/${claim.repair}/history`, { as: manager });
    expect(history.json.history[0]).toMatchObject({
      kind: 'created',
      actorId: manager.id,
      changes: { parent: { card: claim.id, event: 'approve' } },
    });
    // The repair's own board hears of it like any new card.
    await flushChangeOutbox(t.store);
    const created = await t.store.db
      .selectFrom('changes')
      .select(['kind', 'workflow_key'])
      .where('card_id', '=', claim.repair)
      .execute();
    expect(created).toEqual([{ kind: 'card.created', workflow_key: 'repair' }]);
    // Seen from the repair, the claim is its parent (in Korean for a Korean caller).
    const fromChild = await call(app, 'GET', `/api/cards/${claim.repair}/links`, {
      as: manager,
      headers: { 'accept-language': 'ko' },
    });
    expect(fromChild.json.links).toMatchObject([
      { id: claim.id, relation: 'parent', workflowName: '보증 청구', stageLabel: '승인' },
    ]);
  });

  it('refuses to resolve the claim while its repair is open, naming the repair and its stage', async () => {
    const { app, unit } = await setup();
    const claim = await approvedClaim(app, unit);
    expect((await move(app, claim.id, 'start_fulfilment')).status).toBe(200);
    const refused = await move(app, claim.id, 'mark_resolved');
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toBe(
      '"Mixer stops under load" (Equipment repairs) is still in Received.',
    );
    const card = await call(app, 'GET', `/api/cards/${claim.id}`, { as: manager });
    const resolve = card.json.moves.find((m: { event: string }) => m.event === 'mark_resolved');
    expect(resolve).toMatchObject({ allowed: false, reason: refused.json.detail });
  });

  it('handing the repair back resolves the claim, made by the system in the same transaction', async () => {
    const { app, unit } = await setup();
    const claim = await approvedClaim(app, unit);
    for (const [event, fields] of [
      ['start_diagnosis'],
      ['warranty_start_repair', { diagnosis: 'Worn motor brushes' }],
      ['send_to_qc'],
      ['pass_qc', { qualityCheck: 'passed' }],
      ['hand_back'],
    ] as const) {
      const res = await move(app, claim.repair, event, fields);
      expect(res.status, `${event}: ${res.json.detail}`).toBe(200);
    }
    const resolved = await call(app, 'GET', `/api/cards/${claim.id}`, { as: manager });
    expect(resolved.json.stage).toBe('resolved');
    const history = await call(app, 'GET', `/api/cards/${claim.id}/history`, { as: manager });
    expect(history.json.history.at(-1)).toMatchObject({
      kind: 'transition',
      actorId: 'system',
      event: 'repair_completed',
      fromStage: 'approved',
      toStage: 'resolved',
    });
  });

  it("a parent that refuses the signal keeps its stage and the refusal goes into its history; the child's move stands", async () => {
    const { app, unit } = await setup();
    const claim = await approvedClaim(app, unit);
    expect((await move(app, claim.id, 'withdraw')).status).toBe(200);
    for (const [event, fields] of [
      ['start_diagnosis'],
      ['warranty_start_repair', { diagnosis: 'Worn motor brushes' }],
      ['send_to_qc'],
      ['pass_qc', { qualityCheck: 'passed' }],
      ['hand_back'],
    ] as const) {
      expect((await move(app, claim.repair, event, fields)).status).toBe(200);
    }
    const repair = await call(app, 'GET', `/api/cards/${claim.repair}`, { as: manager });
    expect(repair.json.stage).toBe('closed');
    const parent = await call(app, 'GET', `/api/cards/${claim.id}`, { as: manager });
    expect(parent.json.stage).toBe('cancelled');
    const history = await call(app, 'GET', `/api/cards/${claim.id}/history`, { as: manager });
    expect(history.json.history.at(-1)).toMatchObject({
      kind: 'signal',
      actorId: 'system',
      event: 'repair_completed',
      fromStage: 'cancelled',
      toStage: 'cancelled',
      changes: {
        signal: {
          from: claim.repair,
          refused: expect.stringContaining('"Repair completed"'),
        },
      },
    });
  });

  it('a repair the engine cannot open refuses the approval, and nothing is written', async () => {
    const { app, unit } = await setup(null); // a unit with no owner: the repair has no customer
    const claim = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: {
        workflow: 'warranty',
        title: 'Orphan mixer',
        fields: { unit, defectDescription: 'x' },
      },
    });
    const id = claim.json.id as string;
    await move(app, id, 'start_check');
    const refused = await move(app, id, 'approve', { resolution: 'repair' });
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({ code: 'linked-card-refused', workflow: 'repair' });
    expect(refused.json.detail).toMatch(
      /^This move opens a card in Equipment repairs, which refused it: .*Customer/,
    );
    const after = await call(app, 'GET', `/api/cards/${id}`, { as: manager });
    expect(after.json).toMatchObject({ stage: 'eligibility_check', revision: 2 });
    const repairs = await t.store.db
      .selectFrom('cards')
      .select('id')
      .where('workflow_key', '=', 'repair')
      .execute();
    expect(repairs).toEqual([]);
    expect(await t.store.db.selectFrom('card_links').selectAll().execute()).toEqual([]);
  });

  it('publishing checks effects against the published workflows, at their JSON paths', async () => {
    const { app } = await setup();
    const index = warrantyWorkflow.transitions.findIndex((tr) => tr.event === 'approve');
    const broken = structuredClone(warrantyWorkflow);
    broken.transitions[index]!.effects = [{ spawn: { workflow: 'repairs' } }];
    const res = await call(app, 'POST', '/api/workflows/warranty/validate', {
      as: admin,
      body: broken,
    });
    expect(res.json.valid).toBe(false);
    expect(res.json.problems).toContainEqual({
      path: ['transitions', index, 'effects', 0, 'spawn', 'workflow'],
      code: 'unknown_workflow',
      message: '"Approve claim" names the workflow "repairs", which does not exist.',
    });
  });
});
