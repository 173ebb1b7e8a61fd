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
import type { HttpProblem } from '../http/problem.ts';
import { createCard } from '../cards/card.service.ts';
import { transitionCard } from '../cards/transition.service.ts';
import { authHeaders, domainTestApp } from '../cards/test-app.ts';
import { installTicketWorkflow, manager, T0, viewer } from '../cards/test-fixtures.ts';
import { sseClient } from './sse-test-client.ts';

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
