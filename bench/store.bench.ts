// Store row: durable transitions per second through the server's own transition service (one
// transaction: read card, engine step, write card, history row, change row) vs the physical
// limit — a raw better-sqlite3 loop of single-row UPDATE transactions on a table of the same size.
// Both sides use WAL, one writer, and the same `synchronous` setting.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { compareAsyncPair, type AsyncSide } from './src/measure-async.ts';
import {
  createCard,
  installBuiltins,
  migrateToLatest,
  openDatabase,
  transitionCard,
  type Store,
} from './src/server-imports.ts';
import type { Row } from './src/table.ts';

const CARDS = Number(process.env.BENCH_STORE_CARDS ?? 1000);
const actor = { id: 'u-bench', role: 'manager' as const, name: 'Bench' };
const at = () => new Date().toISOString();

interface Seeded {
  dir: string;
  cards: { id: string; revision: number; stage: string }[];
  snapshotText: string;
}

/** N deal cards moved to Proposal, from where they can swing Proposal ⇄ Negotiation forever. */
async function seed(): Promise<Seeded> {
  const dir = mkdtempSync(join(tmpdir(), 'stageflow-bench-store-'));
  const store = openDatabase({ dataDir: dir });
  await migrateToLatest(store);
  await installBuiltins(store);
  const cards: Seeded['cards'] = [];
  for (let i = 0; i < CARDS; i++) {
    const created = await createCard(
      store,
      actor,
      {
        workflow: 'deal',
        title: `Deal ${i}`,
        fields: { customer: `Customer ${i}`, amount: 1000 + i },
      },
      { at: at() },
    );
    const id = (created.body as { id: string }).id;
    await transitionCard(store, actor, id, 1, { event: 'qualify' }, { at: at() });
    await transitionCard(store, actor, id, 2, { event: 'send_proposal' }, { at: at() });
    cards.push({ id, revision: 3, stage: 'proposal' });
  }
  const row = await store.db
    .selectFrom('cards')
    .select('snapshot')
    .limit(1)
    .executeTakeFirstOrThrow();
  await store.close();
  return { dir, cards, snapshotText: row.snapshot };
}

function storeSide(store: Store, cards: Seeded['cards']): AsyncSide {
  let i = 0;
  return {
    label: 'store',
    async once() {
      const card = cards[i++ % cards.length]!;
      const event = card.stage === 'proposal' ? 'start_negotiation' : 'revise_proposal';
      const result = await transitionCard(
        store,
        actor,
        card.id,
        card.revision,
        { event },
        { at: at() },
      );
      if (result.status !== 200) throw new Error(`transition answered ${result.status}`);
      card.revision += 1;
      card.stage = card.stage === 'proposal' ? 'negotiation' : 'proposal';
    },
  };
}

/** The same number of rows, each about as large as a card's snapshot, in a database of its own. */
function rawSide(dir: string, seeded: Seeded, synchronous: string): AsyncSide & { close(): void } {
  const db = new Database(join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.exec(
    'create table if not exists cards (id text primary key, stage text not null, revision integer not null, snapshot text not null)',
  );
  const insert = db.prepare('insert or replace into cards values (?, ?, ?, ?)');
  db.transaction(() => {
    for (const c of seeded.cards) insert.run(c.id, 'proposal', 1, seeded.snapshotText);
  })();
  const update = db.prepare(
    'update cards set stage = ?, revision = revision + 1, snapshot = ? where id = ?',
  );
  const move = db.transaction((id: string, stage: string) => {
    update.run(stage, seeded.snapshotText, id);
  });
  let i = 0;
  return {
    label: 'raw UPDATE',
    once() {
      const card = seeded.cards[i++ % seeded.cards.length]!;
      move.immediate(card.id, i % 2 ? 'negotiation' : 'proposal');
    },
    close: () => db.close(),
  };
}

export async function storeRows(): Promise<Row[]> {
  const seeded = await seed();
  const rows: Row[] = [];
  try {
    for (const synchronous of ['NORMAL', 'FULL'] as const) {
      const store = openDatabase({ dataDir: seeded.dir, synchronous });
      const raw = rawSide(seeded.dir, seeded, synchronous);
      const r = await compareAsyncPair(storeSide(store, seeded.cards), raw, { warmupMs: 1500 });
      raw.close();
      await store.close();
      rows.push({
        section: 'Store',
        name: `SQLite synchronous=${synchronous}, ${CARDS} cards`,
        a: { label: 'transitions', value: r.a, unit: '/s' },
        b: { label: 'raw UPDATE tx', value: r.b, unit: '/s' },
        ratio: r.ratio,
        goal: 0.35,
        notes:
          synchronous === 'FULL'
            ? 'one writer, WAL, fsync per commit'
            : 'one writer, WAL, no fsync per commit (survives a crash, not power loss)',
      });
    }
  } finally {
    rmSync(seeded.dir, { recursive: true, force: true });
  }
  return rows;
}
