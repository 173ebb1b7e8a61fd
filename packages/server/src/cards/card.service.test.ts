import { describe, expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import type { Store } from '../db/database.ts';
import { flushChangeOutbox } from '../db/change-outbox.ts';
import { HttpProblem } from '../http/problem.ts';
import { createCard, cardHistory, getCard, listCards } from './card.service.ts';
import { editCard } from './card-edit.service.ts';
import { transitionCard } from './transition.service.ts';
import {
  admin,
  installTicketWorkflow,
  insertUsers,
  manager,
  T0,
  ticketWorkflow,
  viewer,
} from '../../test/helpers/fixtures.ts';
import { publishWorkflowVersion } from '../workflows/workflow.service.ts';

async function rowCounts(store: Store) {
  // On PostgreSQL a change reaches `changes` through the outbox flush that follows its commit.
  await flushChangeOutbox(store);
  const count = async (table: 'cards' | 'card_history' | 'changes' | 'idempotency_keys') => {
    const row = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    cards: await count('cards'),
    history: await count('card_history'),
    changes: await count('changes'),
    idempotency: await count('idempotency_keys'),
  };
}

async function newTicket(store: Store, fields: Record<string, string | number> = {}) {
  const created = await createCard(
    store,
    manager,
    { workflow: 'ticket', title: 'Broken pump', fields: { customer: 'Acme', ...fields } },
    { at: T0 },
  );
  return (created.body as { id: string }).id;
}

async function problemOf(promise: Promise<unknown>): Promise<HttpProblem> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof HttpProblem) return err;
    throw err;
  }
  throw new Error('expected a problem');
}

eachStore('cards service', (t) => {
  it('creates a card at revision 1 in the initial stage with a history row and a change row', async () => {
    await installTicketWorkflow(t.store);
    const id = await newTicket(t.store);
    const card = await getCard(t.store, id, manager, T0);
    expect(card).toMatchObject({
      stage: 'todo',
      revision: 1,
      version: 1,
      fields: { customer: 'Acme' },
    });
    expect(card.moves.map((m) => m.event)).toEqual(['start', 'cancel']);
    const history = await cardHistory(t.store, id);
    expect(history).toMatchObject([{ revision: 1, kind: 'created', toStage: 'todo' }]);
    expect(await rowCounts(t.store)).toMatchObject({ cards: 1, history: 1 });
  });

  it('refuses a card whose required field is missing and writes nothing', async () => {
    await installTicketWorkflow(t.store);
    const before = await rowCounts(t.store);
    const problem = await problemOf(
      createCard(t.store, manager, { workflow: 'ticket', title: 'x', fields: {} }, { at: T0 }),
    );
    expect(problem.status).toBe(422);
    expect(problem.detail).toContain('Customer');
    expect(await rowCounts(t.store)).toEqual(before);
  });

  it('moves a card, bumps its revision and records event, stages and changed fields', async () => {
    await installTicketWorkflow(t.store);
    const id = await newTicket(t.store);
    await transitionCard(t.store, manager, id, 1, { event: 'start' }, { at: T0 });
    const result = await transitionCard(
      t.store,
      manager,
      id,
      2,
      { event: 'submit', fields: { note: 'fixed' } },
      { at: T0 },
    );
    expect(result).toMatchObject({
      status: 200,
      etag: '"3"',
      body: { stage: 'review', revision: 3 },
    });
    const history = await cardHistory(t.store, id);
    expect(history.map((h) => [h.revision, h.kind, h.event, h.fromStage, h.toStage])).toEqual([
      [1, 'created', null, null, 'todo'],
      [2, 'transition', 'start', 'todo', 'doing'],
      [3, 'transition', 'submit', 'doing', 'review'],
    ]);
    expect(history[2]?.changes).toMatchObject({ fields: { note: { to: 'fixed' } } });
  });

  it('a moved card goes to the end of the column it enters, whichever version sends it where', async () => {
    await installTicketWorkflow(t.store);
    const [a, x] = [await newTicket(t.store), await newTicket(t.store)];
    const cancel = (id: string) =>
      transitionCard(t.store, manager, id, 1, { event: 'cancel' }, { at: T0 });
    await cancel(x);
    // Version 2 sends the same move elsewhere: cards keep the version they were created under.
    const v2 = {
      ...ticketWorkflow,
      stages: ticketWorkflow.stages.filter((stage) => stage.key !== 'cancelled'),
      transitions: ticketWorkflow.transitions.map((tr) =>
        tr.event === 'cancel' ? { ...tr, to: 'done' } : tr,
      ),
    };
    await publishWorkflowVersion(t.store, 'ticket', v2, admin, T0);
    const [b, y] = [await newTicket(t.store), await newTicket(t.store)];
    await cancel(y);
    await cancel(b);
    await cancel(a);
    const column = async (stage: string) =>
      (
        await t.store.db
          .selectFrom('cards')
          .select('id')
          .where('stage', '=', stage)
          .orderBy('position')
          .execute()
      ).map((r) => r.id);
    expect(await column('cancelled')).toEqual([x, a]);
    expect(await column('done')).toEqual([y, b]);
  });

  it('a refused transition leaves no card change, history, change or idempotency row', async () => {
    await installTicketWorkflow(t.store);
    const id = await newTicket(t.store);
    await transitionCard(t.store, manager, id, 1, { event: 'start' }, { at: T0 });
    const before = await rowCounts(t.store);
    const problem = await problemOf(
      transitionCard(
        t.store,
        manager,
        id,
        2,
        { event: 'submit' },
        { idempotencyKey: 'k1', at: T0 },
      ),
    );
    expect(problem.status).toBe(409);
    expect(problem.detail).toMatch(/Note/);
    expect(problem.extra).toMatchObject({ currentStage: 'doing' });
    expect(await rowCounts(t.store)).toEqual(before);
    expect((await getCard(t.store, id, manager, T0)).revision).toBe(2);
  });

  it('refuses a transition limited to admins for a manager with 403, and lets an admin make it', async () => {
    await installTicketWorkflow(t.store);
    const id = await newTicket(t.store);
    await transitionCard(t.store, manager, id, 1, { event: 'start' }, { at: T0 });
    await transitionCard(
      t.store,
      manager,
      id,
      2,
      { event: 'submit', fields: { note: 'n' } },
      { at: T0 },
    );
    const problem = await problemOf(
      transitionCard(t.store, manager, id, 3, { event: 'approve' }, { at: T0 }),
    );
    expect(problem.status).toBe(403);
    const ok = await transitionCard(t.store, admin, id, 3, { event: 'approve' }, { at: T0 });
    expect(ok.body).toMatchObject({ stage: 'done' });
  });

  it('of 20 parallel moves at the same revision exactly one wins and the rest get 412', async () => {
    await installTicketWorkflow(t.store);
    const id = await newTicket(t.store);
    const before = await rowCounts(t.store);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        transitionCard(t.store, manager, id, 1, { event: 'start' }, { at: T0 }),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const stale = results.filter(
      (r) => r.status === 'rejected' && r.reason instanceof HttpProblem && r.reason.status === 412,
    );
    expect(ok).toHaveLength(1);
    expect(stale).toHaveLength(19);
    expect(await cardHistory(t.store, id)).toHaveLength(2);
    // The losers wrote no change either: the feed shows the card moved once.
    expect((await rowCounts(t.store)).changes).toBe(before.changes + 1);
  });

  it('search finds a card by the value a move gave it, and still finds it after a move without fields', async () => {
    await installTicketWorkflow(t.store);
    const id = await newTicket(t.store);
    const search = async (q: string) =>
      (await listCards(t.store, { q, limit: 10, now: T0 })).cards.map((c) => c.id);
    await transitionCard(t.store, manager, id, 1, { event: 'start' }, { at: T0 });
    expect(await search('Acme')).toEqual([id]);
    await transitionCard(
      t.store,
      manager,
      id,
      2,
      { event: 'submit', fields: { note: 'impeller replaced' } },
      { at: T0 },
    );
    expect(await search('impeller')).toEqual([id]);
    expect(await search('Acme')).toEqual([id]);
  });

  it('replays an idempotent retry without a second history row, and refuses the key for another body', async () => {
    await installTicketWorkflow(t.store);
    const id = await newTicket(t.store);
    const first = await transitionCard(
      t.store,
      manager,
      id,
      1,
      { event: 'start' },
      { idempotencyKey: 'k', at: T0 },
    );
    const again = await transitionCard(
      t.store,
      manager,
      id,
      1,
      { event: 'start' },
      { idempotencyKey: 'k', at: T0 },
    );
    expect(again).toEqual({ ...first, replayed: true });
    expect(await cardHistory(t.store, id)).toHaveLength(2);
    const reused = await problemOf(
      transitionCard(t.store, manager, id, 2, { event: 'cancel' }, { idempotencyKey: 'k', at: T0 }),
    );
    expect(reused.status).toBe(422);
    // Keys are per user: the admin's "k" is a different key.
    const other = await transitionCard(
      t.store,
      admin,
      id,
      2,
      { event: 'cancel' },
      { idempotencyKey: 'k', at: T0 },
    );
    expect(other.replayed).toBe(false);
  });

  it('parallel retries with one Idempotency-Key all answer 200 with one history row', async () => {
    await installTicketWorkflow(t.store);
    const id = await newTicket(t.store);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        transitionCard(
          t.store,
          manager,
          id,
          1,
          { event: 'start' },
          { idempotencyKey: 'same', at: T0 },
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await cardHistory(t.store, id)).toHaveLength(2);
  });

  it('edits title, fields, assignee and position at the expected revision only', async () => {
    await installTicketWorkflow(t.store);
    await insertUsers(t.store);
    const a = await newTicket(t.store);
    const b = await newTicket(t.store);
    const { card } = await editCard(
      t.store,
      manager,
      b,
      1,
      {
        title: 'Pump A7',
        fields: { amount: 120 },
        assignee: manager.id,
        position: { after: null },
      },
      T0,
    );
    expect(card).toMatchObject({ title: 'Pump A7', revision: 2, assignee: manager.id });
    expect(card.fields).toMatchObject({ amount: 120 });
    const first = await getCard(t.store, a, manager, T0);
    expect(card.position < first.position).toBe(true);
    expect((await problemOf(editCard(t.store, manager, b, 1, { title: 'late' }, T0))).status).toBe(
      412,
    );
    expect(
      (await problemOf(editCard(t.store, manager, b, 2, { fields: { amount: 'x' } }, T0))).status,
    ).toBe(422);
    expect(
      (await problemOf(editCard(t.store, manager, b, 2, { assignee: 'nobody' }, T0))).status,
    ).toBe(422);
    const history = await cardHistory(t.store, b);
    expect(history.map((h) => h.kind)).toEqual(['created', 'edit']);
    expect(Object.keys(history[1]?.changes ?? {}).sort()).toEqual([
      'assignee',
      'fields',
      'position',
      'title',
    ]);
  });

  it('does not let a viewer change fields', async () => {
    await installTicketWorkflow(t.store);
    const id = await newTicket(t.store);
    expect(
      (await problemOf(editCard(t.store, viewer, id, 1, { fields: { note: 'x' } }, T0))).status,
    ).toBe(403);
    expect(
      (await problemOf(transitionCard(t.store, viewer, id, 1, { event: 'start' }, { at: T0 })))
        .status,
    ).toBe(403);
  });
});

describe('unknown cards', () => {
  eachStore('cards service lookups', (t) => {
    it('answers 404 for a card that does not exist', async () => {
      const problem = await problemOf(
        transitionCard(t.store, manager, 'nope', 1, { event: 'x' }, { at: T0 }),
      );
      expect(problem.status).toBe(404);
    });
  });
});
