// The start of the cycle time, stored on the card (cards.started_at, migration 1700), over a history
// built by hand: a new version that recategorises a stage changes every card's start at once (the
// reports judge a stage by its newest category), a migration onto that version changes nothing,
// and a database that has the history but not the column gets the same answers from the backfill.
import { expect, it } from 'vitest';
import type { DurationReport } from '@stageflow/api';
import type { WorkflowDefinition } from '@stageflow/engine';
import { eachStore } from '../../test/helpers/stores.ts';
import { admin, insertUsers, manager, ticketWorkflow } from '../../test/helpers/fixtures.ts';
import { createCard } from '../cards/card.service.ts';
import { transitionCard } from '../cards/transition.service.ts';
import * as cardStartedAt from '../db/migrations/2026_12_01_1700_card_started_at.ts';
import type { Store } from '../db/database.ts';
import { migrateCards } from '../workflows/migration.service.ts';
import { createWorkflow, publishWorkflowVersion } from '../workflows/workflow.service.ts';
import { computeReport } from './reports.service.ts';

const H = 3_600_000;
const at = (day: number, hh: number, mm = 0) =>
  `2026-03-0${day}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00.000Z`;
const RANGE = { workflow: 'ticket', from: '2026-03-02', to: '2026-03-09' };
const NOW = new Date(at(9, 12));

/** Version 2: `doing` is waiting for parts now (open), so only `review` counts as work. */
const v2: WorkflowDefinition = {
  ...ticketWorkflow,
  version: 2,
  stages: ticketWorkflow.stages.map((s) => (s.key === 'doing' ? { ...s, category: 'open' } : s)),
};

/**
 * Timeline, UTC, March 2026 (version 1: doing and review are active):
 * A: created 2nd 09:00, doing 2nd 12:00, review 3rd 12:00, done 4th 10:00 → cycle 46 h (v1), 22 h (v2)
 * B: created 2nd 10:00 (Max's), doing 3rd 10:00, review 3rd 16:00, done 4th 08:00 → 22 h, 16 h
 * C: created 3rd 09:00, doing 3rd 09:30, review 5th 09:30 — in review when version 2 comes
 * D: created 3rd 11:00, doing 4th 09:00 — in doing when version 2 comes
 */
async function workshop(store: Store) {
  await insertUsers(store);
  await createWorkflow(store, ticketWorkflow, admin, at(1, 0));
  const revisions = new Map<string, number>();
  async function create(when: string, title: string, assignee?: string) {
    const created = await createCard(
      store,
      manager,
      {
        workflow: 'ticket',
        title,
        fields: { customer: 'Acme' },
        ...(assignee ? { assignee } : {}),
      },
      { at: when },
    );
    const body = created.body as { id: string; revision: number };
    revisions.set(body.id, body.revision);
    return body.id;
  }
  async function move(when: string, id: string, event: string) {
    const moved = await transitionCard(
      store,
      event === 'approve' ? admin : manager,
      id,
      revisions.get(id)!,
      { event, ...(event === 'submit' ? { fields: { note: 'ok' } } : {}) },
      { at: when },
    );
    revisions.set(id, (moved.body as { revision: number }).revision);
  }
  const a = await create(at(2, 9), 'A');
  const b = await create(at(2, 10), 'B', manager.id);
  await move(at(2, 12), a, 'start');
  const c = await create(at(3, 9), 'C');
  await move(at(3, 9, 30), c, 'start');
  await move(at(3, 10), b, 'start');
  const d = await create(at(3, 11), 'D');
  await move(at(3, 12), a, 'submit');
  await move(at(3, 16), b, 'submit');
  await move(at(4, 8), b, 'approve');
  await move(at(4, 9), d, 'start');
  await move(at(4, 10), a, 'approve');
  await move(at(5, 9, 30), c, 'submit');
  /** The rest of the week, after version 2: C approved, D to review and done. */
  async function finish() {
    // A migration moved the open cards to revision + 1.
    for (const id of [c, d]) {
      const row = await store.db
        .selectFrom('cards')
        .select('revision')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      revisions.set(id, row.revision);
    }
    await move(at(6, 9), c, 'approve');
    await move(at(6, 10), d, 'submit');
    await move(at(6, 12), d, 'approve');
  }
  return { ids: { a, b, c, d }, finish };
}

async function cycle(store: Store, query: Record<string, string> = {}) {
  const body = (await computeReport(store, 'cycle-time', { ...RANGE, ...query }, NOW))
    .body as DurationReport;
  return { count: body.count, p50Ms: body.p50Ms, meanMs: body.meanMs, maxMs: body.maxMs };
}

/** Card id → the `start` column of the CSV. */
async function csvStarts(store: Store) {
  const result = await computeReport(store, 'cycle-time', { ...RANGE, format: 'csv' }, NOW);
  return Object.fromEntries(result.table('en').rows.map((r) => [r[0], r[4]]));
}

/** What the report asked of the history before the start was stored: the first active entry. */
async function startsFromHistory(store: Store, active: string[]) {
  const rows = await store.db
    .selectFrom('cards as c')
    .select((eb) => [
      'c.id',
      eb
        .selectFrom('card_history as h')
        .select((h) => h.fn.min('h.at').as('at'))
        .whereRef('h.card_id', '=', 'c.id')
        .where('h.to_stage', 'in', active)
        .as('started_at'),
    ])
    .execute();
  return Object.fromEntries(rows.map((r) => [r.id, r.started_at ?? null]));
}

async function storedStarts(store: Store) {
  const rows = await store.db.selectFrom('cards').select(['id', 'started_at']).execute();
  return Object.fromEntries(rows.map((r) => [r.id, r.started_at]));
}

eachStore('cycle time start', (t) => {
  it('restarts every cycle at the recategorised stages when a version is published, and a migration onto it changes nothing', async () => {
    const { ids, finish } = await workshop(t.store);
    expect(await cycle(t.store)).toEqual({
      count: 2,
      p50Ms: 22 * H,
      meanMs: 34 * H,
      maxMs: 46 * H,
    });
    expect(await storedStarts(t.store)).toEqual({
      [ids.a]: at(2, 12),
      [ids.b]: at(3, 10),
      [ids.c]: at(3, 9, 30),
      [ids.d]: at(4, 9),
    });

    // Version 2 makes `doing` open: every cycle now starts at the first review.
    await publishWorkflowVersion(t.store, 'ticket', v2, admin, at(5, 12));
    const afterPublish = { count: 2, p50Ms: 16 * H, meanMs: 19 * H, maxMs: 22 * H };
    expect(await cycle(t.store)).toEqual(afterPublish);
    expect(await cycle(t.store, { assignee: manager.id })).toEqual({
      count: 1,
      p50Ms: 16 * H,
      meanMs: 16 * H,
      maxMs: 16 * H,
    });
    expect(await csvStarts(t.store)).toEqual({ [ids.a]: at(3, 12), [ids.b]: at(3, 16) });
    const recategorised = {
      [ids.a]: at(3, 12),
      [ids.b]: at(3, 16),
      [ids.c]: at(5, 9, 30),
      [ids.d]: null,
    };
    expect(await storedStarts(t.store)).toEqual(recategorised);

    // The open cards (C in review, D in doing) move onto version 2: nobody's start changes.
    const migrated = await migrateCards(
      t.store,
      'ticket',
      { fromVersion: 1, toVersion: 2 },
      admin,
      at(5, 13),
    );
    expect(migrated.migrated).toBe(2);
    expect(await cycle(t.store)).toEqual(afterPublish);
    expect(await storedStarts(t.store)).toEqual(recategorised);

    // Under version 2: C 5th 09:30 → 6th 09:00 (23.5 h), D review 6th 10:00 → done 12:00 (2 h).
    await finish();
    expect(await cycle(t.store)).toEqual({
      count: 4,
      p50Ms: 16 * H,
      meanMs: ((2 + 16 + 22 + 23.5) * H) / 4,
      maxMs: 23.5 * H,
    });
    expect(await storedStarts(t.store)).toEqual(await startsFromHistory(t.store, ['review']));
  });

  it('backfills the start from the history of a database migrated from before the column', async () => {
    const { ids, finish } = await workshop(t.store);
    // The database as it was before migration 1700, and history written to it meanwhile.
    await cardStartedAt.down(t.store.db);
    await finish();
    const columns = await t.store.db.introspection.getTables();
    const cards = columns.find((table) => table.name === 'cards')!;
    expect(cards.columns.map((c) => c.name)).not.toContain('started_at');

    await cardStartedAt.up(t.store.db);
    expect(await storedStarts(t.store)).toEqual({
      [ids.a]: at(2, 12),
      [ids.b]: at(3, 10),
      [ids.c]: at(3, 9, 30),
      [ids.d]: at(4, 9),
    });
    expect(await storedStarts(t.store)).toEqual(
      await startsFromHistory(t.store, ['doing', 'review']),
    );
    // A 46 h, B 22 h, C 3rd 09:30 → 6th 09:00 (71.5 h), D 4th 09:00 → 6th 12:00 (51 h).
    expect(await cycle(t.store)).toEqual({
      count: 4,
      p50Ms: 46 * H,
      meanMs: ((22 + 46 + 51 + 71.5) * H) / 4,
      maxMs: 71.5 * H,
    });
    expect(await cycle(t.store, { assignee: manager.id })).toMatchObject({
      count: 1,
      maxMs: 22 * H,
    });
    // And it is kept from there on: a new card entering doing gets its start in its own move.
    const e = await createCard(
      t.store,
      manager,
      { workflow: 'ticket', title: 'E', fields: { customer: 'Acme' } },
      { at: at(7, 9) },
    );
    const card = e.body as { id: string; revision: number };
    await transitionCard(
      t.store,
      manager,
      card.id,
      card.revision,
      { event: 'start' },
      {
        at: at(7, 10),
      },
    );
    expect((await storedStarts(t.store))[card.id]).toBe(at(7, 10));
  });
});
