// Not a test: measures GET /api/board/:workflow on 10,000 cards (time and bytes).
//   npx tsx scripts/measure-board.ts            (SQLite file in a temp dir)
//   DATABASE_URL=postgres://… npx tsx scripts/measure-board.ts   (a fresh PostgreSQL schema)
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { generateNKeysBetween } from 'fractional-indexing';
import { repairWorkflow, start } from '@stageflow/engine';
import { openDatabase, isPostgresUrl, type Store } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { CardRow } from '../src/db/schema.ts';
import { installBuiltins } from '../src/workflows/install-builtins.ts';
import { authHeaders, domainTestApp } from '../test/helpers/domain-app.ts';
import { viewer } from '../test/helpers/fixtures.ts';

const CARDS = Number(process.env.CARDS ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 15);

async function openStore(): Promise<{ store: Store; label: string; dispose: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (isPostgresUrl(url)) {
    const schema = `bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const store = openDatabase({ url, searchPath: schema });
    return {
      store,
      label: 'postgres',
      dispose: async () => {
        await store.close();
        await admin.query(`drop schema ${schema} cascade`);
        await admin.end();
      },
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'stageflow-board-'));
  const store = openDatabase({ dataDir });
  return {
    store,
    label: 'sqlite',
    dispose: async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function fill(store: Store): Promise<void> {
  const now = new Date().toISOString();
  const stages = repairWorkflow.stages.map((s) => s.key);
  const perStage = Math.ceil(CARDS / stages.length);
  const rows: CardRow[] = [];
  for (const [s, stage] of stages.entries()) {
    const keys = generateNKeysBetween(null, null, perStage);
    for (let i = 0; i < perStage && rows.length < CARDS; i++) {
      const fields = {
        customer: `Customer ${s}-${i}`,
        equipment: `Bosch GBH 2-28 #${i}`,
        serialNumber: `SN-${s}-${i}`,
        quoteAmount: 100 + (i % 400),
      };
      const first = start(repairWorkflow, fields, { now, actor: { id: 'bench', role: 'admin' } });
      if (!first.ok) throw new Error(first.message);
      const snapshot = { ...first.snapshot, value: stage };
      rows.push({
        id: randomUUID(),
        workflow_key: 'repair',
        workflow_version: 1,
        stage,
        title: `Repair order ${s}-${i}: drill does not start`,
        fields: JSON.stringify(fields),
        snapshot: JSON.stringify(snapshot),
        assignee_id: null,
        position: keys[i] ?? 'a0',
        entered_at: now,
        due_at: i % 3 === 0 ? '2020-01-01T00:00:00.000Z' : null,
        sla_clocks: null,
        revision: 1,
        created_by: 'bench',
        created_at: now,
        updated_at: now,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500) {
    await store.db
      .insertInto('cards')
      .values(rows.slice(i, i + 500))
      .execute();
  }
  // A history like a real card's: created in Received, then one move to where it is now (the
  // board reads the stage entries for the SLA clock).
  const created = new Date(Date.parse(now) - 2 * 86_400_000).toISOString();
  const history = rows.flatMap((row) => [
    {
      card_id: row.id,
      revision: 1,
      at: created,
      actor_id: 'bench',
      kind: 'created' as const,
      event: null,
      from_stage: null,
      to_stage: 'received',
      changes: '{}',
    },
    ...(row.stage === 'received'
      ? []
      : [
          {
            card_id: row.id,
            revision: 2,
            at: now,
            actor_id: 'bench',
            kind: 'transition' as const,
            event: 'bench',
            from_stage: 'received',
            to_stage: row.stage,
            changes: '{}',
          },
        ]),
  ]);
  for (let i = 0; i < history.length; i += 500) {
    await store.db
      .insertInto('card_history')
      .values(history.slice(i, i + 500))
      .execute();
  }
}

async function main() {
  const { store, label, dispose } = await openStore();
  try {
    await migrateToLatest(store);
    await installBuiltins(store);
    await fill(store);
    const app = await domainTestApp(store);
    const headers = authHeaders(app, viewer);
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      const res = await app.request('/api/board/repair', { headers });
      const body = await res.arrayBuffer();
      times.push(performance.now() - t0);
      bytes = body.byteLength;
      if (res.status !== 200) throw new Error(`status ${res.status}`);
    }
    const zipped = await app.request('/api/board/repair', {
      headers: { ...headers, 'accept-encoding': 'gzip' },
    });
    const gzipBytes = (await zipped.arrayBuffer()).byteLength;
    times.sort((a, b) => a - b);
    const ms = (q: number) =>
      (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
    console.log(
      `${label}: GET /api/board/repair with ${CARDS} cards — ` +
        `median ${ms(0.5)} ms, p90 ${ms(0.9)} ms, min ${ms(0)} ms over ${RUNS} runs; ` +
        `${bytes} bytes (${(bytes / 1024 / 1024).toFixed(2)} MiB, ${Math.round(bytes / CARDS)} B/card), ` +
        `${gzipBytes} bytes gzipped (${zipped.headers.get('content-encoding') ?? 'identity'})`,
    );
  } finally {
    await dispose();
  }
}

void main();
