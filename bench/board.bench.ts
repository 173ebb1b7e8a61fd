// Board payload: GET /api/board/:workflow with 10,000 cards (counts for all, a first window of
// cards per column) — time and bytes. The cards are real
// rows: a few made through the store's own services (one per stage), then cloned in one
// transaction with new ids, titles, amounts and column positions.
import { randomUUID } from 'node:crypto';
import { get } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { median } from './src/measure.ts';
import {
  adminClient,
  createCard,
  keyBetween,
  openDatabase,
  startServerProcess,
  transitionCard,
} from './src/server-imports.ts';
import type { Row } from './src/table.ts';

const CARDS = 10_000;
const REQUESTS = 15;
const actor = { id: 'u-bench', role: 'manager' as const, name: 'Bench' };

/** One deal per stage, made by the services: the templates of the cloned rows. */
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

async function templates(dataDir: string): Promise<string[]> {
  const store = openDatabase({ dataDir });
  const ids: string[] = [];
  try {
    for (const path of PATHS) {
      const at = new Date().toISOString();
      const created = await createCard(
        store,
        actor,
        {
          workflow: 'deal',
          title: 'Template',
          fields: { customer: 'Template GmbH', amount: 1000 },
        },
        { at },
      );
      const id = (created.body as { id: string }).id;
      let revision = 1;
      for (const move of path) {
        await transitionCard(store, actor, id, revision++, move, { at });
      }
      ids.push(id);
    }
  } finally {
    await store.close();
  }
  return ids;
}

/** Fills the deal board up to `CARDS` cards, spread over the stages like a real pipeline. */
async function seedBoard(dataDir: string): Promise<void> {
  const ids = await templates(dataDir);
  const db = new Database(join(dataDir, 'stageflow.db'));
  try {
    const rows = ids.map(
      (id) => db.prepare('select * from cards where id = ?').get(id) as Record<string, unknown>,
    );
    const existing = (
      db.prepare("select count(*) as n from cards where workflow_key = 'deal'").get() as {
        n: number;
      }
    ).n;
    const columns = Object.keys(rows[0]!);
    const insert = db.prepare(
      `insert into cards (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
    );
    const last = new Map<string, string | null>();
    for (const stage of rows.map((r) => r.stage as string)) {
      const top = db
        .prepare("select max(position) as p from cards where workflow_key = 'deal' and stage = ?")
        .get(stage) as { p: string | null };
      last.set(stage, top.p);
    }
    db.transaction(() => {
      for (let i = existing; i < CARDS; i++) {
        const template = rows[i % rows.length]!;
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
          title: `Service contract ${i}`,
          fields: JSON.stringify(fields),
          snapshot: JSON.stringify(snapshot),
          position,
        });
      }
    })();
  } finally {
    db.close();
  }
}

interface Fetched {
  status: number;
  ms: number;
  wireBytes: number;
  encoding: string;
  json: string;
}

/** One GET as a browser sends it (gzip accepted), timed to the last byte on the wire. */
function fetchBoard(url: string, headers: Record<string, string>): Promise<Fetched> {
  const startedAt = performance.now();
  return new Promise((resolve, reject) => {
    get(url, { headers: { ...headers, 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const ms = performance.now() - startedAt;
        const raw = Buffer.concat(chunks);
        const encoding = String(res.headers['content-encoding'] ?? 'identity');
        const json = (encoding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
        resolve({ status: res.statusCode ?? 0, ms, wireBytes: raw.length, encoding, json });
      });
      res.on('error', reject);
    }).on('error', reject);
  });
}

export async function boardRow(dataDir: string): Promise<Row> {
  await seedBoard(dataDir);
  const server = await startServerProcess({ dataDir });
  try {
    const client = await adminClient(server.url);
    const times: number[] = [];
    let last: Fetched | undefined;
    for (let i = 0; i < REQUESTS + 2; i++) {
      last = await fetchBoard(`${client.baseUrl}/api/board/deal`, client.authHeaders());
      if (last.status !== 200) throw new Error(`board answered ${last.status}`);
      if (i >= 2) times.push(last.ms); // the first two warm up
    }
    // Counts for every card, but only each column's first window of cards in the body.
    const board = JSON.parse(last!.json) as { columns: { count: number; cards: unknown[] }[] };
    const cards = board.columns.reduce((n, c) => n + c.count, 0);
    const sent = board.columns.reduce((n, c) => n + c.cards.length, 0);
    const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
    const sorted = [...times].sort((x, y) => x - y);
    return {
      section: 'Board',
      name: `GET /api/board/deal, ${cards.toLocaleString('en-US')} cards`,
      a: { label: 'median', value: median(times), unit: 'ms' },
      notes: `${sent} cards sent; ${kib(last!.wireBytes)} on the wire (${last!.encoding}), ${kib(Buffer.byteLength(last!.json))} of JSON; fastest ${sorted[0]!.toFixed(0)} ms, slowest ${sorted.at(-1)!.toFixed(0)} ms of ${REQUESTS}`,
    };
  } finally {
    await server.stop();
  }
}
