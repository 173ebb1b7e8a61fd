// Overdue is computed from the app's injected clock (createApp's `now`), on every route that shows it.
import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { call, domainTestApp } from '../../test/helpers/domain-app.ts';
import { installTicketWorkflow, manager, viewer } from '../../test/helpers/fixtures.ts';

const DAY = 86_400_000;

eachStore('overdue from the injected clock', (t) => {
  it('a card past its stage deadline is overdue once the clock passes it, not before', async () => {
    await installTicketWorkflow(t.store);
    let clock = new Date('2031-03-01T09:00:00.000Z');
    const app = await domainTestApp(t.store, { deps: { now: () => clock } });
    const created = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: { workflow: 'ticket', title: 'Pump', fields: { customer: 'Acme' } },
    });
    // "doing" has a one-day deadline, counted from the injected clock.
    const moved = await call(app, 'POST', `/api/cards/${created.json.id}/transitions`, {
      as: manager,
      body: { event: 'start' },
      headers: { 'if-match': '"1"' },
    });
    expect(moved.json).toMatchObject({
      enteredAt: '2031-03-01T09:00:00.000Z',
      dueAt: '2031-03-02T09:00:00.000Z',
      overdue: false,
    });

    const seen = async () => {
      const card = await call(app, 'GET', `/api/cards/${created.json.id}`, { as: viewer });
      const list = await call(app, 'GET', '/api/cards?overdue=true', { as: viewer });
      const board = await call(app, 'GET', '/api/board/ticket', { as: viewer });
      const doing = board.json.columns.find((c: { key: string }) => c.key === 'doing');
      return {
        card: card.json.overdue,
        list: list.json.cards.map((c: { id: string }) => c.id),
        board: doing.cards[0].overdue,
      };
    };
    clock = new Date(clock.getTime() + DAY - 1);
    expect(await seen()).toEqual({ card: false, list: [], board: false });
    clock = new Date(clock.getTime() + 2);
    expect(await seen()).toEqual({ card: true, list: [created.json.id], board: true });
  });
});
