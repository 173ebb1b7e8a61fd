// Timed transitions end to end on both stores: set in the card's write, claimed, fired once as the
// system actor through the normal transition path. The clock is injected; nothing sleeps.
import { describe, expect, it } from 'vitest';
import type { Store } from '../db/database.ts';
import { openDatabase } from '../db/database.ts';
import { createCard } from '../cards/card.service.ts';
import { editCard } from '../cards/card-edit.service.ts';
import { transitionCard } from '../cards/transition.service.ts';
import { admin, insertUsers } from '../../test/helpers/fixtures.ts';
import { createWorkflow } from '../workflows/workflow.service.ts';
import {
  eachStore,
  openTempPostgres,
  openTempSqlite,
  testDatabaseUrl,
} from '../../test/helpers/stores.ts';
import { claimDueTimers, listCardTimers } from './timer.repository.ts';
import { fireTimer } from './fire-timer.ts';
import { createTimerScheduler } from './timer-scheduler.ts';
import { timedWorkflow } from './test-timed-workflow.ts';

const T0 = '2026-03-02T09:00:00.000Z';
const HOUR = 3_600_000;
const after = (hours: number) => new Date(Date.parse(T0) + hours * HOUR).toISOString();

async function setUp(store: Store) {
  await insertUsers(store);
  await createWorkflow(store, timedWorkflow, admin, T0);
}

async function newCard(store: Store, customer = 'Ada', at = T0): Promise<string> {
  const created = await createCard(
    store,
    admin,
    { workflow: 'timed', title: `Request from ${customer}`, fields: { customer } },
    { at },
  );
  return (created.body as { id: string }).id;
}

async function stageOf(store: Store, id: string) {
  const row = await store.db
    .selectFrom('cards')
    .select(['stage', 'revision'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row;
}

async function timedMoves(store: Store, id: string) {
  return store.db
    .selectFrom('card_history')
    .select(['event', 'actor_id', 'to_stage'])
    .where('card_id', '=', id)
    .where('actor_id', '=', 'system')
    .orderBy('revision')
    .execute();
}

eachStore('timer scheduler', (ctx) => {
  it('sets the timer in the card write and fires it once when due, as the system actor', async () => {
    const { store } = ctx;
    await setUp(store);
    const id = await newCard(store);
    expect((await listCardTimers(store.db, id)).map((t) => [t.event, t.due_at])).toEqual([
      ['escalate', after(24)],
    ]);
    let now = after(23);
    const scheduler = createTimerScheduler(store, { owner: 'a', now: () => now });
    expect((await scheduler.tick()).claimed).toBe(0);
    now = after(25);
    expect(await scheduler.tick()).toMatchObject({ claimed: 1, fired: 1 });
    expect(await scheduler.tick()).toMatchObject({ claimed: 0, fired: 0 });
    expect((await stageOf(store, id)).stage).toBe('escalated');
    expect(await timedMoves(store, id)).toEqual([
      { event: 'escalate', actor_id: 'system', to_stage: 'escalated' },
    ]);
    const [timer] = await listCardTimers(store.db, id);
    expect(timer).toMatchObject({ outcome: 'fired', fired_at: after(25), claimed_by: 'a' });
  });

  it('drops the timers of a stage the card left, and arms the next stage’s', async () => {
    const { store } = ctx;
    await setUp(store);
    const id = await newCard(store);
    await transitionCard(store, admin, id, 1, { event: 'quote' }, { at: after(1) });
    expect((await listCardTimers(store.db, id)).map((t) => [t.event, t.due_at])).toEqual([
      ['expire', after(3)],
    ]);
    // An edit is no new stage entry: the timer stays.
    await editCard(store, admin, id, 2, { fields: { customer: 'Bo' } }, after(2));
    expect(await listCardTimers(store.db, id)).toHaveLength(1);
    const scheduler = createTimerScheduler(store, { owner: 'a', now: () => after(30) });
    expect(await scheduler.tick()).toMatchObject({ claimed: 1, fired: 1 });
    expect((await stageOf(store, id)).stage).toBe('expired');
  });

  it('settles a timer whose guard no longer holds as refused, with the reason', async () => {
    const { store } = ctx;
    await setUp(store);
    const id = await newCard(store);
    await transitionCard(store, admin, id, 1, { event: 'quote' }, { at: after(1) });
    await editCard(store, admin, id, 2, { fields: { hold: true } }, after(2));
    const scheduler = createTimerScheduler(store, { owner: 'a', now: () => after(5) });
    expect(await scheduler.tick()).toMatchObject({ claimed: 1, refused: 1 });
    expect((await stageOf(store, id)).stage).toBe('quoted');
    const [timer] = await listCardTimers(store.db, id);
    expect(timer).toMatchObject({ outcome: 'refused', detail: 'The quote is on hold.' });
    expect(await scheduler.tick()).toMatchObject({ claimed: 0 });
  });

  it('does not fire a claimed timer for a card that moved on before it fired', async () => {
    const { store } = ctx;
    await setUp(store);
    const id = await newCard(store);
    const [claimed] = await claimDueTimers(store, {
      owner: 'a',
      now: after(25),
      leaseCutoff: after(24),
      limit: 10,
    });
    await transitionCard(store, admin, id, 1, { event: 'finish' }, { at: after(25) });
    expect(await fireTimer(store, claimed!, 'a', after(25))).toBe('already-settled');
    expect((await stageOf(store, id)).stage).toBe('done');
    expect(await timedMoves(store, id)).toEqual([]);
  });

  it('fires once when a dead instance’s claim is taken over after its lease', async () => {
    const { store } = ctx;
    await setUp(store);
    const id = await newCard(store);
    // "a" claims and dies; after the lease "b" takes the timer over and fires it.
    const [held] = await claimDueTimers(store, {
      owner: 'a',
      now: after(25),
      leaseCutoff: after(24),
      limit: 10,
    });
    const b = createTimerScheduler(store, { owner: 'b', now: () => after(26), leaseMs: HOUR / 2 });
    expect(await b.tick()).toMatchObject({ claimed: 1, fired: 1 });
    // "a" was only slow after all: its late attempt finds the timer settled.
    expect(await fireTimer(store, held!, 'a', after(26))).toBe('already-settled');
    expect(await timedMoves(store, id)).toHaveLength(1);
  });

  it('two schedulers ticking at once fire every due timer exactly once', async () => {
    const { store } = ctx;
    await setUp(store);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await newCard(store, `C${i}`));
    const now = () => after(25);
    const a = createTimerScheduler(store, { owner: 'a', now, batch: 3 });
    const b = createTimerScheduler(store, { owner: 'b', now, batch: 3 });
    let fired = 0;
    for (let round = 0; round < 6; round++) {
      const reports = await Promise.all([a.tick(), b.tick()]);
      fired += reports.reduce((sum, r) => sum + r.fired, 0);
    }
    expect(fired).toBe(12);
    for (const id of ids) expect(await timedMoves(store, id)).toHaveLength(1);
  });
});

// Two stores on one database are two processes as far as the database can tell: separate
// connections (SQLite) or pools (PostgreSQL). Restarting is closing one and opening another.
interface Pair {
  open(): Store;
  dispose(): Promise<void>;
  first: Store;
}

async function sqlitePair(): Promise<Pair> {
  const temp = await openTempSqlite();
  const opened: Store[] = [];
  return {
    first: temp.store,
    open: () => {
      const s = openDatabase({ dataDir: temp.dataDir });
      opened.push(s);
      return s;
    },
    async dispose() {
      for (const s of opened) await s.close().catch(() => undefined);
      await temp.dispose();
    },
  };
}

async function postgresPair(url: string): Promise<Pair> {
  const temp = await openTempPostgres(url);
  const opened: Store[] = [];
  return {
    first: temp.store,
    open: () => {
      const s = openDatabase({ url, searchPath: temp.schema, poolMax: 5 });
      opened.push(s);
      return s;
    },
    async dispose() {
      for (const s of opened) await s.close().catch(() => undefined);
      await temp.dispose();
    },
  };
}

const pairs: [string, (() => Promise<Pair>) | undefined][] = [
  ['sqlite', sqlitePair],
  ['postgres', testDatabaseUrl() ? () => postgresPair(testDatabaseUrl()!) : undefined],
];

for (const [dialect, makePair] of pairs) {
  describe.skipIf(!makePair)(`timer scheduler across connections [${dialect}]`, () => {
    it('a timer that fell due while the server was down fires once on start', async () => {
      const pair = await makePair!();
      try {
        await setUp(pair.first);
        const id = await newCard(pair.first);
        // The first process is gone (it never ticks again); the database is all that is left.
        // Restart a day and a half later: the first tick fires it, a second restart does not.
        const second = pair.open();
        const s2 = createTimerScheduler(second, { owner: 'after-restart', now: () => after(36) });
        expect(await s2.tick()).toMatchObject({ claimed: 1, fired: 1 });
        await second.close();
        const third = pair.open();
        const s3 = createTimerScheduler(third, { owner: 'again', now: () => after(48) });
        expect(await s3.tick()).toMatchObject({ claimed: 0, fired: 0 });
        expect(await timedMoves(third, id)).toHaveLength(1);
      } finally {
        await pair.dispose();
      }
    });

    // better-sqlite3 is synchronous: two connections in one process block each other's event
    // loop on the write lock. The single-store test above races two schedulers on SQLite.
    it.skipIf(dialect === 'sqlite')(
      'schedulers on two connections racing over 30 due timers fire each once',
      async () => {
        const pair = await makePair!();
        try {
          await setUp(pair.first);
          const ids: string[] = [];
          for (let i = 0; i < 30; i++) ids.push(await newCard(pair.first, `C${i}`));
          const other = pair.open();
          const now = () => after(25);
          const a = createTimerScheduler(pair.first, { owner: 'a', now, batch: 4 });
          const b = createTimerScheduler(other, { owner: 'b', now, batch: 4 });
          const totals = { a: 0, b: 0 };
          for (let round = 0; round < 10; round++) {
            const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
            totals.a += ra.fired;
            totals.b += rb.fired;
          }
          expect(totals.a + totals.b).toBe(30);
          for (const id of ids) expect(await timedMoves(pair.first, id)).toHaveLength(1);
          const claimedBy = await pair.first.db
            .selectFrom('timers')
            .select('claimed_by')
            .where('outcome', '=', 'fired')
            .execute();
          // Both took part: the claim spreads the work instead of serializing on one instance.
          expect(new Set(claimedBy.map((r) => r.claimed_by))).toEqual(new Set(['a', 'b']));
        } finally {
          await pair.dispose();
        }
      },
    );
  });
}
