// Fills a fresh SQLite data directory with a big deal board, fast: a few real cards made by the
// store's own services (one per stage, so snapshots and history are genuine), then cloned row by
// row in one transaction with new ids, titles, amounts and positions. Used by the bench's board
// rows and the board's scale e2e; the search index's triggers fire for every row, as in use.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { installBuiltins } from '../../src/workflows/install-builtins.ts';
import { createCard } from '../../src/cards/card.service.ts';
import { transitionCard } from '../../src/cards/transition.service.ts';
import { keyBetween } from '../../src/cards/position.ts';

const actor = { id: 'u-seed', role: 'manager' as const, name: 'Seed' };

/** The deal pipeline, one path per stage: new, qualified, demo, proposal, negotiation, won, lost. */
const PATHS: { event: string; fields?: Record<string, string | number> }[][] = [
  [],
  [{ event: 'qualify' }],
  [{ event: 'qualify' }, { event: 'schedule_demo' }],
  [{ event: 'qualify' }, { event: 'send_proposal' }],
  [{ event: 'qualify' }, { event: 'send_proposal' }, { event: 'start_negotiation' }],
  [
    { event: 'qualify' },
    { event: 'send_proposal' },
    { event: 'mark_won', fields: { contractNumber: 'C-1' } },
  ],
  [{ event: 'mark_lost', fields: { lostReason: 'price' } }],
];

export interface BulkDeals {
  /** Cards on the deal board in all (the templates count). */
  total: number;
  /** Card i's title; its customer is `Customer <i>` and its amount varies with i. */
  title?: (i: number) => string;
  /** Card i goes to stage PATHS[stageOf(i)] (default: round robin over the seven stages). */
  stageOf?: (i: number) => number;
}

async function templates(dataDir: string): Promise<string[]> {
  const store = openDatabase({ dataDir });
  const ids: string[] = [];
  try {
    await migrateToLatest(store);
    await installBuiltins(store);
    for (const path of PATHS) {
      const at = new Date().toISOString();
      const fields = { customer: 'Template GmbH', amount: 1000 };
      const created = await createCard(
        store,
        actor,
        { workflow: 'deal', title: 'Template', fields },
        { at },
      );
      const id = (created.body as { id: string }).id;
      let revision = 1;
      for (const move of path) await transitionCard(store, actor, id, revision++, move, { at });
      ids.push(id);
    }
  } finally {
    await store.close();
  }
  return ids;
}

/** Seeds `dataDir` (migrated, built-ins installed) with `total` deals; the server starts on it. */
export async function seedDeals(dataDir: string, options: BulkDeals): Promise<void> {
  const ids = await templates(dataDir);
  const title = options.title ?? ((i: number) => `Service contract ${i}`);
  const stageOf = options.stageOf ?? ((i: number) => i % PATHS.length);
  const db = new Database(join(dataDir, 'stageflow.db'));
  try {
    const rows = ids.map(
      (id) => db.prepare('select * from cards where id = ?').get(id) as Record<string, unknown>,
    );
    const columns = Object.keys(rows[0]!);
    const insert = db.prepare(
      `insert into cards (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
    );
    const last = new Map<string, string | null>();
    for (const row of rows) last.set(row.stage as string, row.position as string);
    db.transaction(() => {
      for (let i = rows.length; i < options.total; i++) {
        const template = rows[stageOf(i)]!;
        const stage = template.stage as string;
        const amount = 500 + ((i * 7919) % 95_000);
        const snapshot = JSON.parse(template.snapshot as string) as {
          context: { fields: Record<string, unknown> };
        };
        const fields = { ...snapshot.context.fields, customer: `Customer ${i}`, amount };
        snapshot.context.fields = fields;
        const position = keyBetween(last.get(stage) ?? null, null);
        last.set(stage, position);
        insert.run({
          ...template,
          id: randomUUID(),
          title: title(i),
          fields: JSON.stringify(fields),
          snapshot: JSON.stringify(snapshot),
          position,
        });
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec('analyze');
  } finally {
    db.close();
  }
}
