import { flushChangeOutbox } from '../db/change-outbox.ts';
import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { call, domainTestApp } from '../../test/helpers/domain-app.ts';
import {
  admin,
  installTicketWorkflow,
  manager,
  T0,
  ticketWorkflow,
  ticketWorkflowV2,
  viewer,
} from '../../test/helpers/fixtures.ts';
import { createWorkflow } from '../workflows/workflow.service.ts';

eachStore('/api/board/:workflow', (t) => {
  async function setup() {
    await installTicketWorkflow(t.store);
    return domainTestApp(t.store);
  }
  type App = Awaited<ReturnType<typeof setup>>;
  async function card(app: App, title: string, amount: number, start = false) {
    const res = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: {
        workflow: 'ticket',
        title,
        fields: { customer: `${title} Ltd`, amount, note: 'secret' },
      },
    });
    if (start) {
      await call(app, 'POST', `/api/cards/${res.json.id}/transitions`, {
        as: manager,
        body: { event: 'start' },
        headers: { 'if-match': '"1"' },
      });
    }
    return res.json.id as string;
  }

  it('returns the columns in stage order with counts, WIP, money totals and ordered compact cards', async () => {
    const app = await setup();
    const first = await card(app, 'A', 100.1);
    const second = await card(app, 'B', 50.2);
    await card(app, 'C', 10, true);
    await card(app, 'D', 5, true);
    const res = await call(app, 'GET', '/api/board/ticket', { as: viewer });
    expect(res.status).toBe(200);
    const { columns, workflow, lastEventId } = res.json;
    expect(workflow).toEqual({ key: 'ticket', name: 'Tickets', version: 1 });
    expect(lastEventId).toBeGreaterThan(0);
    expect(columns.map((c: { key: string }) => c.key)).toEqual([
      'todo',
      'doing',
      'review',
      'done',
      'cancelled',
    ]);
    const [todo, doing] = columns;
    expect(todo).toMatchObject({
      label: 'To do',
      category: 'open',
      count: 2,
      overLimit: false,
      retired: false,
    });
    expect(todo.sum).toEqual({ field: 'amount', currency: 'EUR', amount: 150.3 });
    expect(todo.cards.map((c: { id: string }) => c.id)).toEqual([first, second]);
    expect(doing).toMatchObject({ wipLimit: 1, count: 2, overLimit: true });
    const compact = todo.cards[0];
    expect(Object.keys(compact).sort()).toEqual(
      [
        'assignee',
        'dueAt',
        'enteredAt',
        'fields',
        'id',
        'overdue',
        'position',
        'revision',
        'stage',
        'title',
        'version',
      ].sort(),
    );
    // Every field, not only those on the card face: the board's engine decides drops from them.
    expect(compact.fields).toEqual({ customer: 'A Ltd', amount: 100.1, note: 'secret' });
    expect(doing.cards[0].dueAt).not.toBeNull();
    // No SLA policy, so no stage log: nothing on the board would read it.
    expect(compact).not.toHaveProperty('stageLog');
  });

  it('sends the stages each card entered, from history, when the workflow has an SLA policy', async () => {
    await createWorkflow(
      t.store,
      {
        ...ticketWorkflow,
        key: 'timed_ticket',
        slaPolicy: {
          targets: [{ key: 'resolved', label: 'Resolved', within: { amount: 2, unit: 'days' } }],
        },
      },
      admin,
      T0,
    );
    const app = await domainTestApp(t.store);
    const created = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: { workflow: 'timed_ticket', title: 'A', fields: { customer: 'A Ltd' } },
    });
    await call(app, 'POST', `/api/cards/${created.json.id}/transitions`, {
      as: manager,
      body: { event: 'start' },
      headers: { 'if-match': '"1"' },
    });
    await call(app, 'PATCH', `/api/cards/${created.json.id}`, {
      as: manager,
      body: { fields: { note: 'an edit enters no stage' } },
      headers: { 'if-match': '"2"' },
    });
    const { columns } = (await call(app, 'GET', '/api/board/timed_ticket', { as: viewer })).json;
    const [moved] = columns[1].cards;
    expect(moved.stageLog).toEqual([
      { stage: 'todo', at: created.json.enteredAt },
      { stage: 'doing', at: moved.enteredAt },
    ]);
  });

  it('gives each card every field it has, so a client can run the engine without fetching the card', async () => {
    const app = await setup();
    const id = await card(app, 'A', 12.5, true);
    const full = await call(app, 'GET', `/api/cards/${id}`, { as: viewer });
    const { columns } = (await call(app, 'GET', '/api/board/ticket', { as: viewer })).json;
    const compact = columns[1].cards[0];
    expect(compact).toMatchObject({
      id,
      stage: 'doing',
      version: 1,
      revision: 2,
      enteredAt: full.json.enteredAt,
      dueAt: full.json.dueAt,
    });
    expect(compact.fields).toEqual(full.json.fields);
    expect(compact.fields).toEqual(full.json.snapshot.context.fields);
    expect(compact).not.toHaveProperty('snapshot');
  });

  it('leaves out a field that was cleared, on the board and in the live change alike', async () => {
    const app = await setup();
    const id = await card(app, 'A', 7);
    const edited = await call(app, 'PATCH', `/api/cards/${id}`, {
      as: manager,
      body: { fields: { note: null, amount: 8 } },
      headers: { 'if-match': '"1"' },
    });
    expect(edited.status).toBe(200);
    const { columns } = (await call(app, 'GET', '/api/board/ticket', { as: viewer })).json;
    const onBoard = columns[0].cards[0];
    expect(onBoard.fields).toEqual({ customer: 'A Ltd', amount: 8 });

    // The change feed (what SSE streams) carries the same compact card, full fields included.
    await flushChangeOutbox(t.store); // PostgreSQL numbers changes just after the commit
    const change = await t.store.db
      .selectFrom('changes')
      .select(['kind', 'payload'])
      .where('card_id', '=', id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(change.kind).toBe('card.updated');
    const live = JSON.parse(change.payload).card;
    expect(live).toEqual({ ...onBoard, overdue: live.overdue });
  });

  it('keeps cards of an older version in a retired column until they are migrated', async () => {
    const app = await setup();
    const id = await card(app, 'A', 1, true);
    await call(app, 'POST', `/api/cards/${id}/transitions`, {
      as: manager,
      body: { event: 'submit', fields: { note: 'n' } },
      headers: { 'if-match': '"2"' },
    });
    await call(app, 'PUT', '/api/workflows/ticket', { as: admin, body: ticketWorkflowV2 });
    const { columns } = (await call(app, 'GET', '/api/board/ticket', { as: viewer })).json;
    const review = columns.find((c: { key: string }) => c.key === 'review');
    expect(review).toMatchObject({ retired: true, count: 1, label: 'Review' });
    expect(columns.at(-1).key).toBe('review');
  });

  it('answers 404 for an unknown workflow and 401 when signed out', async () => {
    const app = await setup();
    expect((await call(app, 'GET', '/api/board/nope', { as: viewer })).status).toBe(404);
    expect((await call(app, 'GET', '/api/board/ticket')).status).toBe(401);
  });
});
