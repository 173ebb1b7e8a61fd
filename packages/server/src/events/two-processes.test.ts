// Two stores on one database stand in for two server processes: each has its own pool and its own
// poller, and each one's SSE clients must see every change, whoever wrote it.
// SQLite's driver is synchronous: two connections writing from ONE process would block the event
// loop on each other's lock, so on SQLite only the first store writes here (separate processes
// writing one file are the fault tests' business).
import { afterEach, describe, expect, it } from 'vitest';
import {
  openTempPostgres,
  openTempSqlite,
  PG_SKIP_TITLE,
  testDatabaseUrl,
} from '../../test/helpers/stores.ts';
import { openDatabase, type Store } from '../db/database.ts';
import type { WorkflowDefinition } from '@stageflow/engine';
import type { HttpProblem } from '../http/problem.ts';
import { createCard } from '../cards/card.service.ts';
import { transitionCard } from '../cards/transition.service.ts';
import { authHeaders, domainTestApp } from '../../test/helpers/domain-app.ts';
import { admin, installTicketWorkflow, manager, T0, viewer } from '../../test/helpers/fixtures.ts';
import { createWorkflow } from '../workflows/workflow.service.ts';
import { findCardRow } from '../cards/card.repository.ts';
import { writeTransaction } from '../db/transaction.ts';
import { appendChange } from './change-feed.ts';
import { sseClient } from '../../test/helpers/sse-client.ts';

/** Two stages and a move each way, so a card can be moved again and again. */
const pingPong: WorkflowDefinition = {
  key: 'pingpong',
  name: 'Ping pong',
  version: 1,
  fields: [],
  stages: [
    { key: 'ping', label: 'Ping', category: 'open' },
    { key: 'pong', label: 'Pong', category: 'active' },
    { key: 'out', label: 'Out', category: 'done' },
  ],
  initial: 'ping',
  transitions: [
    { event: 'hit', label: 'Hit', from: 'ping', to: 'pong' },
    { event: 'return', label: 'Return', from: 'pong', to: 'ping' },
    { event: 'end', label: 'End', from: 'pong', to: 'out' },
  ],
};

/** Moves the card once from `store`, re-reading it after every lost race (412). */
async function moveOnce(store: Store, id: string): Promise<void> {
  for (;;) {
    const card = await findCardRow(store.db, id);
    if (!card) throw new Error(`card ${id} is gone`);
    const event = card.stage === 'ping' ? 'hit' : 'return';
    try {
      await transitionCard(store, manager, id, card.revision, { event }, { at: T0 });
      return;
    } catch (err) {
      if ((err as HttpProblem).status !== 412) throw err;
    }
  }
}

interface Pair {
  a: Store;
  b: Store;
  dispose(): Promise<void>;
}

async function sqlitePair(): Promise<Pair> {
  const first = await openTempSqlite();
  const b = openDatabase({ dataDir: first.dataDir });
  return { a: first.store, b, dispose: async () => (await b.close(), await first.dispose()) };
}

async function postgresPair(url: string): Promise<Pair> {
  const first = await openTempPostgres(url);
  const b = openDatabase({ url, searchPath: first.schema, poolMax: 5 });
  return { a: first.store, b, dispose: async () => (await b.close(), await first.dispose()) };
}

// `bothWrite` is false for SQLite: two better-sqlite3 connections in one test process block each
// other synchronously inside busy_timeout, so only one of them writes there (SQLite writers in
// separate processes are covered by test/fault/crash.test.ts); the tests that need both to write
// run on PostgreSQL.
function suite(open: () => Promise<Pair>, bothWrite: boolean) {
  let pair: Pair | undefined;
  afterEach(async () => {
    await pair?.dispose();
    pair = undefined;
  });

  it('each process streams every change exactly once, in seq order, while both write', async () => {
    pair = await open();
    const { a, b } = pair;
    await installTicketWorkflow(a);
    const streams = [];
    for (const store of [a, b]) {
      const app = await domainTestApp(store);
      streams.push(
        sseClient(await app.request('/api/events', { headers: authHeaders(app, viewer) })),
      );
    }
    for (const stream of streams) await stream.ready();
    const write = (store: Store, i: number) =>
      createCard(
        store,
        manager,
        { workflow: 'ticket', title: `c${i}`, fields: { customer: 'A' } },
        { at: T0 },
      );
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => write(i % 2 === 0 || !bothWrite ? a : b, i)),
    );
    for (const stream of streams) {
      const events = await stream.waitFor(30);
      await stream.settle(200);
      const seqs = events.map((e) => Number(e.id));
      expect(events).toHaveLength(30);
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
      expect(new Set(seqs).size).toBe(30);
      await stream.close();
    }
  });

  it.runIf(bothWrite)(
    'racing moves from both processes: every stream complete, in order, without duplicates',
    async () => {
      pair = await open();
      const { a, b } = pair;
      await createWorkflow(a, pingPong, admin, T0);
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) {
        const created = await createCard(
          a,
          manager,
          { workflow: 'pingpong', title: `p${i}` },
          { at: T0 },
        );
        ids.push((created.body as { id: string }).id);
      }
      // Two streams on each process, opened before the race.
      const streams = [];
      for (const store of [a, b, a, b]) {
        const app = await domainTestApp(store);
        streams.push(
          sseClient(await app.request('/api/events', { headers: authHeaders(app, viewer) })),
        );
      }
      for (const stream of streams) await stream.ready();
      // Eight workers, half on each process, all on the same four cards: many lose a race (412)
      // and retry, so commits interleave across processes in every order.
      const MOVES_PER_WORKER = 6;
      await Promise.all(
        Array.from({ length: 8 }, async (_, w) => {
          for (let m = 0; m < MOVES_PER_WORKER; m++) {
            await moveOnce(w % 2 ? a : b, ids[(w + m) % ids.length]!);
          }
        }),
      );
      const total = 8 * MOVES_PER_WORKER;
      const finals = await Promise.all(ids.map((id) => findCardRow(a.db, id)));
      expect(finals.reduce((n, c) => n + c!.revision - 1, 0)).toBe(total);
      let reference: string[] | undefined;
      for (const stream of streams) {
        const events = await stream.waitFor(total, 10_000);
        await stream.settle(300);
        expect(events).toHaveLength(total);
        const seqs = events.map((e) => Number(e.id));
        for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!);
        // Each card's moves arrive one revision after another, none missing.
        const revisions = new Map<string, number[]>();
        for (const e of events) {
          const data = JSON.parse(e.data) as { cardId: string; card: { revision: number } };
          revisions.set(data.cardId, [...(revisions.get(data.cardId) ?? []), data.card.revision]);
        }
        for (const [i, id] of ids.entries()) {
          const last = finals[i]!.revision;
          expect(revisions.get(id)).toEqual(Array.from({ length: last - 1 }, (_, r) => r + 2));
        }
        // Every process's streams saw the same feed.
        const order = events.map((e) => e.id!);
        if (reference) expect(order).toEqual(reference);
        reference = order;
        await stream.close();
      }
    },
  );

  it.runIf(bothWrite)(
    'a change whose writer commits late is streamed after the ones that committed before it',
    async () => {
      pair = await open();
      const { a, b } = pair;
      await installTicketWorkflow(a);
      const app = await domainTestApp(b);
      const stream = sseClient(
        await app.request('/api/events', { headers: authHeaders(app, viewer) }),
      );
      await stream.ready();
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let appended!: () => void;
      const inside = new Promise<void>((r) => (appended = r));
      const change = (title: string) => ({
        at: T0,
        kind: 'card.updated' as const,
        workflowKey: 'ticket',
        payload: { title },
      });
      // The slow writer appends first (so a seq handed out at insert would be the lower one)…
      const slow = writeTransaction(a, async (trx) => {
        await appendChange(trx, change('slow'));
        appended();
        await held;
      });
      await inside;
      // …a second writer commits meanwhile and is streamed at once…
      await writeTransaction(b, (trx) => appendChange(trx, change('fast')));
      const first = await stream.waitFor(1);
      expect(JSON.parse(first[0]!.data).title).toBe('fast');
      // …and the late commit still arrives, after it, with a higher id.
      release();
      await slow;
      const events = await stream.waitFor(2);
      expect(events.map((e) => JSON.parse(e.data).title)).toEqual(['fast', 'slow']);
      expect(Number(events[1]!.id)).toBeGreaterThan(Number(events[0]!.id));
      await stream.close();
    },
  );

  // Only where both stores may write: two better-sqlite3 connections in one test process would
  // block each other synchronously inside busy_timeout. SQLite writers in separate processes are
  // covered by test/fault/crash.test.ts.
  it.runIf(bothWrite)(
    'no lost update: the same card moved from both processes at one revision succeeds once',
    async () => {
      pair = await open();
      const { a, b } = pair;
      await installTicketWorkflow(a);
      const created = await createCard(
        a,
        manager,
        { workflow: 'ticket', title: 'shared', fields: { customer: 'A' } },
        { at: T0 },
      );
      const id = (created.body as { id: string }).id;
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          transitionCard(
            i % 2 ? a : b,
            manager,
            id,
            1,
            { event: i % 3 ? 'start' : 'cancel' },
            { at: T0 },
          ),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) {
        if (r.status === 'rejected') expect((r.reason as HttpProblem).status).toBe(412);
      }
      const history = await a.db
        .selectFrom('card_history')
        .select('revision')
        .where('card_id', '=', id)
        .execute();
      expect(history.map((h) => h.revision).sort()).toEqual([1, 2]);
    },
  );
}

describe('two processes on one SQLite file', () => suite(sqlitePair, false));

describe('two processes on one PostgreSQL database', () => {
  const url = testDatabaseUrl();
  if (url === undefined) {
    it.skip(PG_SKIP_TITLE, () => undefined);
    return;
  }
  suite(() => postgresPair(url), true);
});
