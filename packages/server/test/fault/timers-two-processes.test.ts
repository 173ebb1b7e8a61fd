// Two real server processes on one PostgreSQL database, each with its timer scheduler running:
// 40 timed transitions fall due at once and every one fires exactly once, claimed by both.
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Store } from '../../src/db/database.ts';
import { createCard } from '../../src/cards/card.service.ts';
import { admin, insertUsers } from '../helpers/fixtures.ts';
import { createWorkflow } from '../../src/workflows/workflow.service.ts';
import { timedWorkflow } from '../../src/timers/test-timed-workflow.ts';
import { createScratchDatabase, type ScratchDatabase } from './support/scratch-database.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
const CARDS = 40;

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not done within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('timed transitions with two server processes on one PostgreSQL database', () => {
  if (!TEST_DATABASE_URL) {
    it.skip('skipped: TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)', () =>
      undefined);
    return;
  }
  let db: ScratchDatabase | undefined;
  let store: Store | undefined;
  const servers: ServerProcess[] = [];
  // Two processes shutting down gracefully plus a database drop: more than the default 20 s on a
  // loaded machine.
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await store?.close();
    await db?.drop();
  }, 90_000);

  it('fires each due timer once, with both schedulers claiming', async () => {
    db = await createScratchDatabase(TEST_DATABASE_URL);
    const env = { STAGEFLOW_TIMER_INTERVAL_MS: '20' };
    servers.push(await startServerProcess({ databaseUrl: db.url, env }));
    servers.push(await startServerProcess({ databaseUrl: db.url, env }));
    store = openDatabase({ url: db.url });
    await insertUsers(store, [admin]);
    await createWorkflow(store, timedWorkflow, admin, '2026-01-01T00:00:00.000Z');
    // Created two days ago: "escalate" (after 1 day) is due the moment the card is written.
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString();
    for (let i = 0; i < CARDS; i++) {
      await createCard(
        store,
        admin,
        { workflow: 'timed', title: `Request ${i}`, fields: { customer: `C${i}` } },
        { at: twoDaysAgo },
      );
    }
    await waitUntil(async () => {
      const [row] = await db!.query<{ n: string }>(
        `select count(*) as n from timers where fired_at is null`,
      );
      return Number(row!.n) === 0;
    }, 30_000);

    const fired = await db.query<{ card_id: string; claimed_by: string; outcome: string }>(
      `select card_id, claimed_by, outcome from timers`,
    );
    expect(fired).toHaveLength(CARDS);
    expect(new Set(fired.map((t) => t.outcome))).toEqual(new Set(['fired']));
    const moves = await db.query<{ card_id: string; n: string }>(
      `select card_id, count(*) as n from card_history
        where actor_id = 'system' and event = 'escalate' group by card_id`,
    );
    expect(moves).toHaveLength(CARDS);
    expect(moves.every((m) => Number(m.n) === 1)).toBe(true);
    const cards = await db.query<{ stage: string; n: string }>(
      `select stage, count(*) as n from cards group by stage`,
    );
    expect(cards).toEqual([{ stage: 'escalated', n: String(CARDS) }]);
    const owners = new Set(fired.map((t) => t.claimed_by.split(':')[1]));
    expect(owners).toEqual(new Set(servers.map((s) => String(s.pid))));
  }, 90_000);
});
