import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { eachStore, openTempSqlite } from '../../test/helpers/stores.ts';
import { migrateToLatest } from './migrate.ts';

const now = '2026-11-27T12:00:00.000Z';

eachStore('database', (t) => {
  it('creates every table of the architecture in the first migration', async () => {
    const tables = (await t.store.db.introspection.getTables())
      .filter((x) => t.store.schema === undefined || x.schema === t.store.schema)
      .map((x) => x.name);
    for (const name of [
      'users',
      'sessions',
      'api_tokens',
      'login_attempts',
      'workflows',
      'workflow_versions',
      'cards',
      'card_history',
      'changes',
      'idempotency_keys',
    ]) {
      expect(tables).toContain(name);
    }
  });

  it('running the migrations again is a no-op', async () => {
    expect(await migrateToLatest(t.store)).toEqual([]);
  });

  it('numbers changes with an increasing seq returned as a number', async () => {
    const insert = (kind: 'card.created' | 'card.moved') =>
      t.store.db
        .insertInto('changes')
        .values({ at: now, kind, workflow_key: 'repair', card_id: null, payload: '{}' })
        .returning('seq')
        .executeTakeFirstOrThrow();
    const a = await insert('card.created');
    const b = await insert('card.moved');
    expect(typeof a.seq).toBe('number');
    expect(b.seq).toBeGreaterThan(a.seq);
    const { n } = await t.store.db
      .selectFrom('changes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(n).toBe(2);
  });

  it('enforces foreign keys (a session for a missing user is refused)', async () => {
    await expect(
      t.store.db
        .insertInto('sessions')
        .values({ id: 'x', user_id: 'nobody', created_at: now, expires_at: now })
        .execute(),
    ).rejects.toThrow();
  });

  it('keeps user emails unique', async () => {
    const user = (id: string) => ({
      id,
      email: 'a@example.com',
      name: 'A',
      role: 'admin' as const,
      password_hash: 'x',
      disabled: 0,
      created_at: now,
    });
    await t.store.db.insertInto('users').values(user('1')).execute();
    const err = await t.store.db
      .insertInto('users')
      .values(user('2'))
      .execute()
      .catch((e: unknown) => e);
    expect(t.store.adapter.isUniqueViolation(err)).toBe(true);
  });
});

describe('SQLite file settings', () => {
  it('opens the file in WAL mode with foreign keys on and synchronous NORMAL by default', async () => {
    const temp = await openTempSqlite();
    try {
      const row = async (q: string) =>
        (await sql.raw<Record<string, unknown>>(q).execute(temp.store.db)).rows[0];
      expect(await row('pragma journal_mode')).toEqual({ journal_mode: 'wal' });
      expect(await row('pragma foreign_keys')).toEqual({ foreign_keys: 1 });
      expect(await row('pragma synchronous')).toEqual({ synchronous: 1 });
      expect(await row('pragma busy_timeout')).toEqual({ timeout: 5000 });
    } finally {
      await temp.dispose();
    }
  });

  it('uses synchronous FULL when asked', async () => {
    const temp = await openTempSqlite({ synchronous: 'FULL' });
    try {
      const { rows } = await sql
        .raw<{ synchronous: number }>('pragma synchronous')
        .execute(temp.store.db);
      expect(rows[0]?.synchronous).toBe(2);
    } finally {
      await temp.dispose();
    }
  });
});
