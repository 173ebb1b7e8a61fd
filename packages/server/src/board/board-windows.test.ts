// Boards too large to send at once: counts and totals from SQL, windows per column, search and
// filters on the server (the search index kept in step with edits), on SQLite and PostgreSQL.
import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { call, domainTestApp } from '../../test/helpers/domain-app.ts';
import { installTicketWorkflow, manager, viewer } from '../../test/helpers/fixtures.ts';
import { stageSummaries } from './board.query.ts';
import { cancelFlushSoon, flushChangeOutbox } from '../db/change-outbox.ts';
import { latestSeq } from '../events/change-feed.ts';
import { summariesAt } from './stage-summary-cache.ts';

interface Compact {
  id: string;
  title: string;
  position: string;
}
interface Column {
  key: string;
  count: number;
  matched: number;
  sum: { amount: number } | null;
  cards: Compact[];
  next: string | null;
}

eachStore('board windows, totals and search', (t) => {
  async function setup(cards: number) {
    await installTicketWorkflow(t.store);
    const app = await domainTestApp(t.store);
    const ids: string[] = [];
    for (let i = 0; i < cards; i++) {
      const res = await call(app, 'POST', '/api/cards', {
        as: manager,
        body: {
          workflow: 'ticket',
          title: `Ticket ${i}`,
          fields: {
            customer: `Customer ${i}`,
            amount: i + 0.25,
            note: i === 5 ? 'zebra 50%' : 'x',
          },
        },
      });
      ids.push(res.json.id as string);
    }
    return { app, ids };
  }
  type App = Awaited<ReturnType<typeof setup>>['app'];

  async function board(app: App, query = '') {
    const res = await call(app, 'GET', `/api/board/ticket${query}`, { as: viewer });
    expect(res.status).toBe(200);
    return res.json as { columns: Column[]; lastEventId: number };
  }
  async function windowAfter(app: App, after: string, query = '') {
    const res = await call(
      app,
      'GET',
      `/api/board/ticket/columns/todo/cards?after=${after}&limit=3${query}`,
      { as: viewer },
    );
    expect(res.status).toBe(200);
    return res.json as { cards: Compact[]; next: string | null };
  }

  it('sends counts and totals for the whole column but only the first window of cards', async () => {
    const { app, ids } = await setup(7);
    const todo = (await board(app, '?limit=3')).columns[0]!;
    expect(todo).toMatchObject({ key: 'todo', count: 7, matched: 7 });
    expect(todo.sum!.amount).toBe(22.75); // 0.25 + 1.25 + … + 6.25
    expect(todo.cards.map((c) => c.id)).toEqual(ids.slice(0, 3));
    expect(todo.next).not.toBeNull();
  });

  it('pages a column window by window in board order, with no card twice or missing', async () => {
    const { app, ids } = await setup(7);
    const todo = (await board(app, '?limit=3')).columns[0]!;
    const second = await windowAfter(app, todo.next!);
    expect(second.cards.map((c) => c.id)).toEqual(ids.slice(3, 6));
    // A card moved away between windows does not shift the next one.
    await call(app, 'POST', `/api/cards/${ids[6]}/transitions`, {
      as: manager,
      body: { event: 'cancel' },
      headers: { 'if-match': '"1"' },
    });
    const third = await windowAfter(app, second.next!);
    expect(third).toEqual({ cards: [], next: null });
  });

  it('searches on the server: a card beyond the first window, words in any order, % as itself', async () => {
    const { app, ids } = await setup(8);
    const found = (await board(app, '?limit=2&q=ZEBRA')).columns[0]!;
    expect(found).toMatchObject({ count: 8, matched: 1 });
    expect(found.cards.map((c) => c.id)).toEqual([ids[5]]);
    expect((await board(app, '?q=50%25%20zeb')).columns[0]!.matched).toBe(1);
    expect((await board(app, '?q=5%25')).columns[0]!.matched).toBe(0);
    // Words under three characters are not in the trigram index; they still match.
    expect((await board(app, '?q=r%207')).columns[0]!.cards.map((c) => c.id)).toEqual([ids[7]]);
  });

  it('searches what cards say, not the names of their fields', async () => {
    const { app, ids } = await setup(3);
    // Every card has an amount and a note: their names match no card.
    for (const key of ['amount', 'note', 'amo'])
      expect((await board(app, `?q=${key}`)).columns[0]!.matched, key).toBe(0);
    const byValue = (await board(app, '?q=customer%201')).columns[0]!;
    expect(byValue.cards.map((c) => c.id)).toEqual([ids[1]]);
    expect((await board(app, '?q=2.25')).columns[0]!.cards.map((c) => c.id)).toEqual([ids[2]]);
    expect((await board(app, `?q=${ids[0]}`)).columns[0]!.cards.map((c) => c.id)).toEqual([ids[0]]);
    // The JSON around values is not searched either.
    expect((await board(app, '?q=%22%3A')).columns[0]!.matched).toBe(0);
  });

  it('pages a search most cards match (scanned in order) on through the index', async () => {
    const { app, ids } = await setup(7);
    const first = (await board(app, '?limit=3&q=customer')).columns[0]!;
    expect(first).toMatchObject({ count: 7, matched: 7 });
    expect(first.cards.map((c) => c.id)).toEqual(ids.slice(0, 3));
    const second = await windowAfter(app, first.next!, '&q=customer');
    expect(second.cards.map((c) => c.id)).toEqual(ids.slice(3, 6));
  });

  it('reads no more of a board whose client has gone', async () => {
    const { app } = await setup(2);
    const res = await call(app, 'GET', '/api/board/ticket?q=ticket', {
      as: viewer,
      signal: AbortSignal.abort(),
    });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('request_cancelled');
  });

  it('keeps the search index in step with edits', async () => {
    const { app, ids } = await setup(3);
    const edited = await call(app, 'PATCH', `/api/cards/${ids[1]}`, {
      as: manager,
      body: { title: 'Broken espresso machine', fields: { note: 'descale' } },
      headers: { 'if-match': '"1"' },
    });
    expect(edited.status).toBe(200);
    const byTitle = (await board(app, '?q=espresso')).columns[0]!;
    expect(byTitle.cards.map((c) => c.id)).toEqual([ids[1]]);
    expect((await board(app, '?q=descale')).columns[0]!.matched).toBe(1);
    expect((await board(app, '?q=Ticket%201')).columns[0]!.matched).toBe(0);
  });

  it('filters by assignee and overdue on the server, windows included', async () => {
    const { app, ids } = await setup(4);
    for (const id of [ids[1], ids[3]]) {
      await call(app, 'PATCH', `/api/cards/${id}`, {
        as: manager,
        body: { assignee: manager.id },
        headers: { 'if-match': '"1"' },
      });
    }
    const mine = (await board(app, `?assignee=${manager.id}&limit=1`)).columns[0]!;
    expect(mine).toMatchObject({ count: 4, matched: 2 });
    expect(mine.cards.map((c) => c.id)).toEqual([ids[1]]);
    const rest = await windowAfter(app, mine.next!, `&assignee=${manager.id}`);
    expect(rest.cards.map((c) => c.id)).toEqual([ids[3]]);
    expect((await board(app, '?assignee=none')).columns[0]!.matched).toBe(2);
    // The stage `todo` has no deadline: nothing is overdue.
    expect((await board(app, '?overdue=true')).columns[0]!.matched).toBe(0);
  });

  it('keeps counts and totals right across moves, edits and new cards between two boards', async () => {
    const { app, ids } = await setup(3);
    await board(app); // the process now remembers the numbers at this seq
    await call(app, 'POST', `/api/cards/${ids[0]}/transitions`, {
      as: manager,
      body: { event: 'start' },
      headers: { 'if-match': '"1"' },
    });
    await call(app, 'PATCH', `/api/cards/${ids[0]}`, {
      as: manager,
      body: { fields: { amount: 40 } },
      headers: { 'if-match': '"2"' },
    });
    await call(app, 'PATCH', `/api/cards/${ids[1]}`, {
      as: manager,
      body: { fields: { amount: null } },
      headers: { 'if-match': '"1"' },
    });
    await call(app, 'POST', '/api/cards', {
      as: manager,
      body: { workflow: 'ticket', title: 'New', fields: { customer: 'N', amount: 5 } },
    });
    const [todo, doing] = (await board(app)).columns;
    expect(todo).toMatchObject({ count: 3, matched: 3, sum: { amount: 7.25 } }); // 2.25 + 5
    expect(doing).toMatchObject({ count: 1, sum: { amount: 40 } });
    // The same numbers as counting the cards themselves (what a process with no memory does).
    const counted = await stageSummaries(t.store.db, t.store.adapter, 'ticket', 'amount');
    expect(new Map(counted.map((r) => [r.stage, [r.count, r.amount]]))).toEqual(
      new Map([
        ['todo', [3, 7.25]],
        ['doing', [1, 40]],
      ]),
    );
  });

  it('refuses a cursor it did not hand out', async () => {
    const { app } = await setup(1);
    const res = await call(app, 'GET', '/api/board/ticket/columns/todo/cards?after=bogus', {
      as: viewer,
    });
    expect(res.status).toBe(400);
  });

  it('tells in each change what the card was, so boards can move counts and totals', async () => {
    const { app, ids } = await setup(1);
    await call(app, 'POST', `/api/cards/${ids[0]}/transitions`, {
      as: manager,
      body: { event: 'start' },
      headers: { 'if-match': '"1"' },
    });
    await call(app, 'PATCH', `/api/cards/${ids[0]}`, {
      as: manager,
      body: { fields: { amount: 9 } },
      headers: { 'if-match': '"2"' },
    });
    await flushChangeOutbox(t.store); // PostgreSQL numbers changes just after the commit
    const payloads = (
      await t.store.db
        .selectFrom('changes')
        .select('payload')
        .where('card_id', '=', ids[0]!)
        .orderBy('seq')
        .execute()
    ).map((r) => JSON.parse(r.payload));
    expect(payloads[1].before).toEqual({ stage: 'todo' });
    expect(payloads[2].before).toEqual({
      stage: 'doing',
      fields: { customer: 'Customer 0', amount: 0.25, note: 'x' },
    });
  });
});

eachStore('board numbers while a PostgreSQL change is not numbered yet', (t) => {
  it('counts a committed move whose change is still in the outbox once, not twice', async (ctx) => {
    // SQLite writers number their changes as they commit: nothing is ever waiting.
    if (t.dialect !== 'postgres') ctx.skip();
    await installTicketWorkflow(t.store);
    const app = await domainTestApp(t.store);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await call(app, 'POST', '/api/cards', {
        as: manager,
        body: { workflow: 'ticket', title: `Ticket ${i}`, fields: { customer: 'C', amount: 1 } },
      });
      ids.push(res.json.id as string);
    }
    await flushChangeOutbox(t.store);
    cancelFlushSoon(t.store); // the last create's own flush must not number the row below
    // A writer in another process has committed a move, and its flush has not run yet.
    const card = await t.store.db
      .updateTable('cards')
      .set({ stage: 'doing', revision: 2 })
      .where('id', '=', ids[0]!)
      .returning(['id', 'fields'])
      .executeTakeFirstOrThrow();
    await t.store.db
      .insertInto('change_outbox')
      .values({
        at: new Date().toISOString(),
        kind: 'card.moved',
        workflow_key: 'ticket',
        card_id: card.id,
        payload: JSON.stringify({
          card: { id: card.id, stage: 'doing', revision: 2, fields: JSON.parse(card.fields) },
          before: { stage: 'todo' },
        }),
      })
      .execute();
    // The board reads its numbers at the feed position of its snapshot; the move is not in the
    // feed yet, so it must not be in the numbers either: it arrives later, as a change.
    const countsAt = async () => {
      const seq = await latestSeq(t.store.db);
      const rows = await summariesAt(t.store, t.store.db, 'ticket', 'amount', seq);
      return Object.fromEntries(rows.map((r) => [r.stage, r.count]));
    };
    expect(await countsAt()).toEqual({ todo: 3 });
    await flushChangeOutbox(t.store);
    // Caught up from the feed: the move counts once.
    expect(await countsAt()).toEqual({ todo: 2, doing: 1 });
  });
});
