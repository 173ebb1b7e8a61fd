// GET /api/cards/:id reports the SLA from the card's history and the workflow's policy, as of now.
import { repairWorkflow } from '@stageflow/engine';
import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { call, domainTestApp } from '../../test/helpers/domain-app.ts';
import { admin, manager } from '../../test/helpers/fixtures.ts';
import { createCard } from '../cards/card.service.ts';
import { transitionCard } from '../cards/transition.service.ts';
import { createWorkflow } from '../workflows/workflow.service.ts';

const DAY = 86_400_000;

eachStore('card SLA', (t) => {
  it('reports elapsed business time, status and a paused clock from history', async () => {
    const app = await domainTestApp(t.store);
    await createWorkflow(t.store, repairWorkflow, admin, '2025-01-01T00:00:00.000Z');
    // Received three weeks ago: far past five business days, unless the clock was paused.
    const now = Date.now();
    const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
    const created = await createCard(
      t.store,
      manager,
      {
        workflow: 'repair',
        title: 'Espresso machine',
        fields: { customer: 'Kim', equipment: 'Espresso machine', serialNumber: 'E-1' },
      },
      { at: at(21) },
    );
    const id = (created.body as { id: string }).id;
    const res = await call(app, 'GET', `/api/cards/${id}`, { as: manager });
    expect(res.status).toBe(200);
    expect(res.json.stageLog).toEqual([{ stage: 'received', at: at(21) }]);
    const handBack = res.json.sla.targets.find((x: { key: string }) => x.key === 'hand_back');
    expect(handBack).toMatchObject({ status: 'breached', clock: 'running' });
    expect(res.json.sla.worst.status).toBe('breached');

    // A card that went to awaiting approval within its first hour has barely used its clock.
    const other = await createCard(
      t.store,
      manager,
      {
        workflow: 'repair',
        title: 'Grinder',
        fields: { customer: 'Lee', equipment: 'Grinder', serialNumber: 'G-1' },
      },
      { at: at(21) },
    );
    const otherId = (other.body as { id: string }).id;
    let revision = 1;
    for (const [event, fields] of [
      ['start_diagnosis', undefined],
      ['send_quote', { diagnosis: 'Burr worn', quoteAmount: 40 }],
    ] as const) {
      const moved = await transitionCard(
        t.store,
        manager,
        otherId,
        revision,
        { event, ...(fields ? { fields } : {}) },
        { at: new Date(Date.parse(at(21)) + 60_000 * revision).toISOString() },
      );
      revision = (moved.body as { revision: number }).revision;
    }
    const paused = await call(app, 'GET', `/api/cards/${otherId}`, { as: manager });
    const target = paused.json.sla.targets.find((x: { key: string }) => x.key === 'hand_back');
    expect(target.clock).toBe('paused');
    expect(target.elapsedMs).toBeLessThanOrEqual(2 * 60_000);
    expect(target.status).toBe('ok');
  });
});
