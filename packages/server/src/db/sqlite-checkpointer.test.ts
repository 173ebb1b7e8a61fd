// Background checkpoints (sqlite-checkpointer.ts): what commits reaches the database file
// without the committing connection copying it, and closing leaves one clean file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openTempSqlite, type TestStore } from '../../test/helpers/stores.ts';
import type { OpenDatabaseOptions } from './database.ts';
import { openDatabase } from './database.ts';

const opened: TestStore[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.dispose();
});

async function open(options: OpenDatabaseOptions) {
  const s = await openTempSqlite(options);
  opened.push(s);
  const file = join(s.dataDir, 'stageflow.db');
  // A few pages, far below either automatic checkpoint (1000 pages, 4000 with a worker).
  const marker = `checkpoint-marker-${randomBytes(8).toString('hex')}`;
  const write = async () => {
    await sql`create table if not exists marker (v text)`.execute(s.store.db);
    await sql`insert into marker (v) values (${marker})`.execute(s.store.db);
  };
  /** The marker is in the database file itself, not only in its write-ahead log. */
  const inMainFile = () => readFileSync(file).includes(marker);
  return { ...s, file, write, inMainFile };
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return check();
}

describe('SQLite checkpoints in a worker thread', () => {
  it('copies a commit into the database file while the committing connection does nothing', async () => {
    const s = await open({ checkpoints: 'background' });
    await s.write();
    expect(await waitFor(s.inMainFile, 3000)).toBe(true);
  });

  it('without the worker, the same commit stays in the log until the log is long', async () => {
    const s = await open({ checkpoints: 'commit' });
    await s.write();
    expect(await waitFor(s.inMainFile, 600)).toBe(false);
    expect(existsSync(`${s.file}-wal`)).toBe(true);
  });

  it('closes with everything in one file: the log is checkpointed and removed, reopening reads it', async () => {
    const s = await open({ checkpoints: 'background' });
    await s.write();
    await s.store.close();
    expect(existsSync(`${s.file}-wal`)).toBe(false);
    expect(s.inMainFile()).toBe(true);
    const again = openDatabase({ dataDir: s.dataDir, checkpoints: 'background' });
    const rows = await sql`select count(*) as n from marker`.execute(again.db);
    expect(rows.rows).toEqual([{ n: 1 }]);
    await again.close();
  });
});
