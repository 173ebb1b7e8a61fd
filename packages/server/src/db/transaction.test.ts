import { sql } from 'kysely';
import SqliteDatabase from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachStore, openTempSqlite } from '../../test/helpers/stores.ts';
import { toProblem } from '../http/problem.ts';
import { DatabaseBusyError } from './database-busy.ts';
import type { Store } from './database.ts';
import type { WriteTx } from './transaction.ts';
import { writeTransaction } from './transaction.ts';

const now = '2026-11-27T12:00:00.000Z';

function addWorkflow(db: WriteTx, key: string) {
  return db
    .insertInto('workflows')
    .values({ key, name: key, latest_version: 0, created_at: now, updated_at: now })
    .execute();
}

async function workflowKeys(store: Store): Promise<string[]> {
  const rows = await store.db.selectFrom('workflows').select('key').orderBy('key').execute();
  return rows.map((r) => r.key);
}

eachStore('writeTransaction', (t) => {
  it('commits everything the writer did', async () => {
    const result = await writeTransaction(t.store, async (trx) => {
      await addWorkflow(trx, 'a');
      return 'done';
    });
    expect(result).toBe('done');
    expect(await workflowKeys(t.store)).toEqual(['a']);
  });

  it('rolls back everything when the writer throws', async () => {
    await expect(
      writeTransaction(t.store, async (trx) => {
        await trx
          .insertInto('workflows')
          .values({ key: 'a', name: 'a', latest_version: 0, created_at: now, updated_at: now })
          .execute();
        throw new Error('refused half-way');
      }),
    ).rejects.toThrow('refused half-way');
    expect(await workflowKeys(t.store)).toEqual([]);
  });

  it('lets writers started together commit or fail each on its own (SQLite: one shared COMMIT)', async () => {
    const boom = new Error('writer b gave up');
    await writeTransaction(t.store, (trx) => addWorkflow(trx, 'z'));
    const results = await Promise.allSettled([
      writeTransaction(t.store, async (trx) => {
        await addWorkflow(trx, 'a');
        return 'a';
      }),
      writeTransaction(t.store, async (trx) => {
        await addWorkflow(trx, 'b');
        throw boom;
      }),
      writeTransaction(t.store, async (trx) => {
        await addWorkflow(trx, 'c');
        await addWorkflow(trx, 'z'); // the key is taken: this writer's statement fails
        return 'c';
      }),
      writeTransaction(t.store, async (trx) => {
        await addWorkflow(trx, 'd');
        return 'd';
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    expect((results[1] as PromiseRejectedResult).reason).toBe(boom);
    expect(t.store.adapter.isUniqueViolation((results[2] as PromiseRejectedResult).reason)).toBe(
      true,
    );
    expect(await workflowKeys(t.store)).toEqual(['a', 'd', 'z']);
  });

  it('serializes concurrent read-modify-write transactions that name the same lock', async () => {
    await addWorkflow(t.store.db, 'counter');
    await Promise.all(
      Array.from({ length: 20 }, () =>
        writeTransaction(
          t.store,
          async (trx) => {
            const row = await trx
              .selectFrom('workflows')
              .select('latest_version')
              .where('key', '=', 'counter')
              .executeTakeFirstOrThrow();
            await new Promise((r) => setTimeout(r, 1));
            await trx
              .updateTable('workflows')
              .set({ latest_version: row.latest_version + 1 })
              .where('key', '=', 'counter')
              .execute();
          },
          { locks: ['workflow:counter'] },
        ),
      ),
    );
    const row = await t.store.db
      .selectFrom('workflows')
      .select('latest_version')
      .where('key', '=', 'counter')
      .executeTakeFirstOrThrow();
    expect(row.latest_version).toBe(20);
  });

  it('lets writers that name no lock run side by side where the database can (no global lock)', async (ctx) => {
    if (t.dialect === 'sqlite') ctx.skip(); // SQLite writers are serial by design
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    const slow = writeTransaction(t.store, async (trx) => {
      await addWorkflow(trx, 'slow');
      entered();
      await held;
    });
    await inside;
    // Commits while the first writer still holds its transaction open.
    await writeTransaction(t.store, (trx) => addWorkflow(trx, 'fast'));
    expect(await workflowKeys(t.store)).toEqual(['fast']);
    release();
    await slow;
    expect(await workflowKeys(t.store)).toEqual(['fast', 'slow']);
  });
});

describe('writeTransaction, writers sharing one SQLite COMMIT', () => {
  it('runs the others again when one writer ends the shared transaction under them', async () => {
    const temp = await openTempSqlite();
    try {
      const results = await Promise.allSettled([
        writeTransaction(temp.store, (trx) => addWorkflow(trx, 'a')),
        writeTransaction(temp.store, async (trx) => {
          await addWorkflow(trx, 'x');
          await sql`rollback`.execute(trx); // ends the transaction the group shares
          return 'x';
        }),
        writeTransaction(temp.store, (trx) => addWorkflow(trx, 'c')),
        writeTransaction(temp.store, (trx) => addWorkflow(trx, 'd')),
      ]);
      expect(results.map((r) => r.status)).toEqual([
        'fulfilled',
        'rejected',
        'fulfilled',
        'fulfilled',
      ]);
      expect(await workflowKeys(temp.store)).toEqual(['a', 'c', 'd']);
      // The connection is usable afterwards, in a group of one too.
      await writeTransaction(temp.store, (trx) => addWorkflow(trx, 'e'));
      expect(await workflowKeys(temp.store)).toEqual(['a', 'c', 'd', 'e']);
    } finally {
      await temp.dispose();
    }
  });

  it('answers writers with an error, not silence, once the store is closed', async () => {
    const temp = await openTempSqlite();
    await temp.store.close();
    const results = await Promise.allSettled([
      writeTransaction(temp.store, (trx) => addWorkflow(trx, 'a')),
      writeTransaction(temp.store, (trx) => addWorkflow(trx, 'b')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    const later = await writeTransaction(temp.store, (trx) => addWorkflow(trx, 'c')).catch(
      (e: unknown) => e,
    );
    expect(later).toBeInstanceOf(Error);
    await temp.dispose();
  });
});

describe('writeTransaction on a busy SQLite file', () => {
  async function withLockedFile(
    run: (store: Store, lock: SqliteDatabase.Database) => Promise<void>,
  ) {
    const temp = await openTempSqlite({ busyTimeoutMs: 20 });
    // A second connection to the same file, as another server process would have.
    const other = new SqliteDatabase(join(temp.dataDir, 'stageflow.db'));
    other.exec('begin immediate');
    try {
      await run(temp.store, other);
    } finally {
      if (other.inTransaction) other.exec('rollback');
      other.close();
      await temp.dispose();
    }
  }

  it('gives up after the bounded retries with a 503 problem carrying Retry-After, writing nothing', async () => {
    await withLockedFile(async (store, other) => {
      let retries = 0;
      const err = await writeTransaction(store, (trx) => addWorkflow(trx, 'x'), {
        maxAttempts: 3,
        onRetry: () => retries++,
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DatabaseBusyError);
      // The HTTP edge answers it as 503 with Retry-After.
      const problem = toProblem(err);
      expect(problem.status).toBe(503);
      expect(problem.code).toBe('database-busy');
      expect(problem.headers['Retry-After']).toBe('1');
      expect(retries).toBe(2);
      other.exec('rollback');
      expect(await workflowKeys(store)).toEqual([]);
    });
  });

  it('succeeds on a retry once the other writer lets go', async () => {
    await withLockedFile(async (store, other) => {
      const result = await writeTransaction(
        store,
        async (trx) => {
          await addWorkflow(trx, 'y');
          return 'saved';
        },
        { maxAttempts: 3, onRetry: () => other.exec('commit') },
      );
      expect(result).toBe('saved');
      expect(await workflowKeys(store)).toEqual(['y']);
    });
  });
});
