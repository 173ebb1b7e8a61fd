// SLA escalations end to end on both stores: planned in the card's write from its stage history,
// re-planned by moves, fired once by the scheduler into the inbox of every active user with the
// role. The clock is injected; nothing sleeps.
import type { WorkflowDefinition } from '@stageflow/engine';
import { describe, expect, it } from 'vitest';
import type { Store } from '../db/database.ts';
import { createCard } from '../cards/card.service.ts';
import { transitionCard } from '../cards/transition.service.ts';
import { admin, insertUsers, manager, viewer } from '../../test/helpers/fixtures.ts';
import { openDatabase } from '../db/database.ts';
import {
  eachStore,
  openTempPostgres,
  openTempSqlite,
  testDatabaseUrl,
} from '../../test/helpers/stores.ts';
import type { Actor } from '../cards/engine-ctx.ts';
import { createWorkflow, publishWorkflowVersion } from '../workflows/workflow.service.ts';
import { migrateCards } from '../workflows/migration.service.ts';
import { writePreferences } from '../notifications/notification.repository.ts';
import { createTimerScheduler } from '../timers/timer-scheduler.ts';
import { claimDueEscalations, listCardEscalations } from './escalation.repository.ts';
import { fireEscalation } from './fire-escalation.ts';

const T0 = '2026-03-02T09:00:00.000Z';
const HOUR = 3_600_000;
const after = (hours: number) => new Date(Date.parse(T0) + hours * HOUR).toISOString();
const manager2: Actor = { id: 'u-manager-2', role: 'manager', name: 'Mia Manager' };
const retired: Actor = { id: 'u-manager-old', role: 'manager', name: 'Old Manager' };

/** A first reply within ten hours (warning at eight), not counting time spent waiting on the customer. */
const supportWorkflow: WorkflowDefinition = {
  key: 'support',
  name: 'Support',
  version: 1,
  fields: [],
  stages: [
    { key: 'open', label: 'Open', labels: { ko: '접수' }, category: 'open' },
    { key: 'waiting', label: 'Waiting on customer', category: 'active' },
    { key: 'done', label: 'Done', category: 'done' },
  ],
  initial: 'open',
  transitions: [
    { event: 'wait', label: 'Ask the customer', from: 'open', to: 'waiting' },
    { event: 'resume', label: 'Customer answered', from: 'waiting', to: 'open' },
    { event: 'finish', label: 'Close', from: ['open', 'waiting'], to: 'done', notify: ['manager'] },
  ],
  slaPolicy: {
    pausedIn: ['waiting'],
    targets: [
      {
        key: 'reply',
        label: 'First reply',
        labels: { ko: '첫 응답' },
        within: { amount: 10, unit: 'hours' },
        warnAfter: { amount: 8, unit: 'hours' },
        escalate: { warning: ['manager'], breach: ['manager', 'admin'] },
      },
    ],
  },
};

async function setUp(store: Store) {
  await insertUsers(store, [admin, manager, viewer, manager2, retired]);
  await store.db.updateTable('users').set({ disabled: 1 }).where('id', '=', retired.id).execute();
  await createWorkflow(store, supportWorkflow, admin, T0);
}

async function newCard(store: Store, title = 'Printer jams', at = T0): Promise<string> {
  const created = await createCard(store, admin, { workflow: 'support', title }, { at });
  return (created.body as { id: string }).id;
}

async function inbox(store: Store, userId: string) {
  const rows = await store.db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', 'escalation')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ card: r.card_id, at: r.created_at, ...JSON.parse(r.detail) }));
}

const waiting = async (store: Store, id: string) =>
  (await listCardEscalations(store.db, id))
    .filter((r) => r.fired_at === null)
    .map((r) => [r.threshold, r.due_at]);

eachStore('SLA escalations', (ctx) => {
  it('tells every active manager once at the warning, and managers and admins at the breach', async () => {
    const { store } = ctx;
    await setUp(store);
    const id = await newCard(store);
    expect(await waiting(store, id)).toEqual([
      ['warning', after(8)],
      ['breach', after(10)],
    ]);
    let now = after(7);
    const scheduler = createTimerScheduler(store, { owner: 'a', now: () => now });
    expect((await scheduler.tick()).escalations.claimed).toBe(0);
    now = after(8.5);
    expect((await scheduler.tick()).escalations).toMatchObject({ claimed: 1, escalated: 1 });
    expect((await scheduler.tick()).escalations.claimed).toBe(0);
    const warning = {
      card: id,
      at: after(8.5),
      cardTitle: 'Printer jams',
      threshold: 'warning',
      toStage: 'open',
      toStageLabel: 'Open',
      toStageLabels: { ko: '접수' },
      targetLabel: 'First reply',
      targetLabels: { ko: '첫 응답' },
    };
    expect(await inbox(store, manager.id)).toEqual([warning]);
    expect(await inbox(store, manager2.id)).toEqual([warning]);
    expect(await inbox(store, admin.id)).toEqual([]);

    now = after(11);
    expect((await scheduler.tick()).escalations).toMatchObject({ escalated: 1 });
    const breach = { ...warning, at: after(11), threshold: 'breach' };
    expect(await inbox(store, manager.id)).toEqual([warning, breach]);
    expect(await inbox(store, admin.id)).toEqual([breach]);
    // Disabled people and other roles hear nothing.
    expect(await inbox(store, retired.id)).toEqual([]);
    expect(await inbox(store, viewer.id)).toEqual([]);
    const rows = await listCardEscalations(store.db, id);
    expect(rows.map((r) => [r.threshold, r.outcome, Number(r.notified)])).toEqual([
      ['warning', 'fired', 2],
      ['breach', 'fired', 3],
    ]);
  });

  it('two schedulers ticking at once escalate each card exactly once', async () => {
    const { store } = ctx;
    await setUp(store);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await newCard(store, `Card ${i}`));
    const now = () => after(11);
    const a = createTimerScheduler(store, { owner: 'a', now, batch: 5 });
    const b = createTimerScheduler(store, { owner: 'b', now, batch: 5 });
    let escalated = 0;
    let superseded = 0;
    for (let round = 0; round < 8; round++) {
      for (const r of await Promise.all([a.tick(), b.tick()])) {
        escalated += r.escalations.escalated;
        superseded += r.escalations.stale;
      }
    }
    // Each card's warning came due after its breach: only the breach is told.
    expect([escalated, superseded]).toEqual([12, 12]);
    const told = await inbox(store, manager.id);
    expect(told.map((n) => n.threshold)).toEqual(Array(12).fill('breach'));
    expect(new Set(told.map((n) => n.card))).toEqual(new Set(ids));
    expect(await inbox(store, admin.id)).toHaveLength(12);
  });

  it('a slow scheduler whose claim was taken over tells nobody a second time', async () => {
    const { store } = ctx;
    await setUp(store);
    await newCard(store);
    // "a" claims the warning and stalls; after the lease "b" takes it over and fires it.
    const [held] = await claimDueEscalations(store, {
      owner: 'a',
      now: after(8.5),
      leaseCutoff: after(8),
      limit: 10,
    });
    const b = createTimerScheduler(store, { owner: 'b', now: () => after(9), leaseMs: HOUR / 4 });
    expect((await b.tick()).escalations).toMatchObject({ claimed: 1, escalated: 1 });
    expect(await fireEscalation(store, held!, 'a', after(9))).toBe('already-settled');
    expect(await inbox(store, manager.id)).toHaveLength(1);
  });

  it('re-plans when a move pauses the clock and when it runs again', async () => {
    const { store } = ctx;
    await setUp(store);
    const id = await newCard(store);
    await transitionCard(store, admin, id, 1, { event: 'wait' }, { at: after(5) });
    expect(await waiting(store, id)).toEqual([]);
    const scheduler = createTimerScheduler(store, { owner: 'a', now: () => after(20) });
    expect((await scheduler.tick()).escalations.claimed).toBe(0);
    // Five hours ran before the pause: three more to the warning, five to the breach.
    await transitionCard(store, admin, id, 2, { event: 'resume' }, { at: after(30) });
    expect(await waiting(store, id)).toEqual([
      ['warning', after(33)],
      ['breach', after(35)],
    ]);
    expect(await inbox(store, manager.id)).toEqual([]);
  });

  it('re-plans when the card moves to a version with another policy', async () => {
    const { store } = ctx;
    await setUp(store);
    const id = await newCard(store);
    const [reply] = supportWorkflow.slaPolicy!.targets;
    const slower = {
      ...supportWorkflow,
      slaPolicy: {
        ...supportWorkflow.slaPolicy!,
        targets: [
          {
            ...reply!,
            within: { amount: 20, unit: 'hours' as const },
            escalate: { breach: ['admin'] },
          },
        ],
      },
    };
    await publishWorkflowVersion(store, 'support', slower, admin, after(1));
    await migrateCards(store, 'support', { fromVersion: 1, toVersion: 2 }, admin, after(2));
    expect(await waiting(store, id)).toEqual([['breach', after(20)]]);
    const scheduler = createTimerScheduler(store, { owner: 'a', now: () => after(21) });
    expect((await scheduler.tick()).escalations).toMatchObject({ claimed: 1, escalated: 1 });
    expect(await inbox(store, manager.id)).toEqual([]);
    expect((await inbox(store, admin.id)).map((n) => n.threshold)).toEqual(['breach']);
  });

  it('a closing move drops the waiting escalations and tells the roles the move notifies', async () => {
    const { store } = ctx;
    await setUp(store);
    const id = await newCard(store);
    await transitionCard(store, manager, id, 1, { event: 'finish' }, { at: after(2) });
    expect(await waiting(store, id)).toEqual([]);
    // The manager who closed it is not told about their own move; the other manager is.
    expect(await inbox(store, manager.id)).toEqual([]);
    expect(await inbox(store, manager2.id)).toEqual([
      {
        card: id,
        at: after(2),
        cardTitle: 'Printer jams',
        threshold: 'move',
        toStage: 'done',
        toStageLabel: 'Done',
        moveLabel: 'Close',
      },
    ]);
  });

  it('emails an escalation to those who chose email, in their language', async () => {
    const { store } = ctx;
    await setUp(store);
    await writePreferences(store.db, manager.id, [
      { kind: 'escalation', inApp: false, email: true },
    ]);
    await store.db
      .updateTable('users')
      .set({ locale: 'ko' })
      .where('id', '=', manager.id)
      .execute();
    await newCard(store);
    const scheduler = createTimerScheduler(store, { owner: 'a', now: () => after(9) });
    await scheduler.tick();
    expect(await inbox(store, manager.id)).toEqual([]);
    const emails = await store.db.selectFrom('outbox').select('payload').execute();
    expect(emails.map((e) => JSON.parse(e.payload).subject)).toEqual([
      '에스컬레이션: “Printer jams” 카드가 첫 응답 기한에 가까워졌습니다',
    ]);
  });
});

// A card keeps its SLA clocks on its row (sla-clocks.ts), so a move continues them in whichever
// process makes it; two stores on one database are two processes.
describe.each([
  [
    'sqlite',
    async () => {
      const temp = await openTempSqlite();
      return { temp, other: openDatabase({ dataDir: temp.dataDir }) };
    },
  ],
  ...(testDatabaseUrl()
    ? [
        [
          'postgres',
          async () => {
            const temp = await openTempPostgres(testDatabaseUrl()!);
            return {
              temp,
              other: openDatabase({ url: testDatabaseUrl()!, searchPath: temp.schema, poolMax: 5 }),
            };
          },
        ] as const,
      ]
    : []),
] as const)('SLA clocks kept by a process [%s]', (_name, open) => {
  it('plans from the clocks the card keeps, whichever process moved it last', async () => {
    const { temp, other } = await open();
    try {
      const store = temp.store;
      await setUp(store);
      const id = await newCard(store);
      // This process pauses the clock after five hours; the other resumes it at 30 h.
      await transitionCard(store, admin, id, 1, { event: 'wait' }, { at: after(5) });
      await transitionCard(other, admin, id, 2, { event: 'resume' }, { at: after(30) });
      expect(await waiting(store, id)).toEqual([
        ['warning', after(33)],
        ['breach', after(35)],
      ]);
      // Back here: one more running hour (30–31 h), a pause, and the clock runs again at 40 h
      // with six hours gone: warning at 42 h, breach at 44 h.
      await transitionCard(store, admin, id, 3, { event: 'wait' }, { at: after(31) });
      expect(await waiting(store, id)).toEqual([]);
      await transitionCard(store, admin, id, 4, { event: 'resume' }, { at: after(40) });
      expect(await waiting(store, id)).toEqual([
        ['warning', after(42)],
        ['breach', after(44)],
      ]);
      // A card whose row keeps no clocks (moved before they were kept) plans from its history.
      await store.db.updateTable('cards').set({ sla_clocks: null }).where('id', '=', id).execute();
      await transitionCard(other, admin, id, 5, { event: 'wait' }, { at: after(41) });
      await transitionCard(other, admin, id, 6, { event: 'resume' }, { at: after(42) });
      // Seven hours gone when the clock runs again at 42 h.
      expect(await waiting(other, id)).toEqual([
        ['warning', after(43)],
        ['breach', after(45)],
      ]);
    } finally {
      await other.close();
      await temp.dispose();
    }
  });
});

// Two pools on one PostgreSQL database are two server processes as far as the database can tell.
describe.skipIf(!testDatabaseUrl())('SLA escalations across processes [postgres]', () => {
  it('schedulers in two processes racing over 20 breached cards tell each breach once', async () => {
    const url = testDatabaseUrl()!;
    const temp = await openTempPostgres(url);
    const other = openDatabase({ url, searchPath: temp.schema, poolMax: 5 });
    try {
      await setUp(temp.store);
      for (let i = 0; i < 20; i++) await newCard(temp.store, `Card ${i}`);
      // A clock that moves a millisecond per reading, and no lease: each tick takes over every
      // claim the other made, so both fire the same rows and only the settle keeps it once.
      let ms = Date.parse(after(11));
      const now = () => new Date(ms++).toISOString();
      const a = createTimerScheduler(temp.store, { owner: 'a', now, batch: 4, leaseMs: 0 });
      const b = createTimerScheduler(other, { owner: 'b', now, batch: 4, leaseMs: 0 });
      const escalated = { a: 0, b: 0 };
      for (let round = 0; round < 12; round++) {
        const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
        escalated.a += ra.escalations.escalated;
        escalated.b += rb.escalations.escalated;
      }
      expect(escalated.a + escalated.b).toBe(20);
      expect(await inbox(temp.store, manager.id)).toHaveLength(20);
      expect(await inbox(temp.store, manager2.id)).toHaveLength(20);
    } finally {
      await other.close();
      await temp.dispose();
    }
  });
});
