// HTTP row: moves per second and latency through the real server (src/main.ts as a child process
// on loopback), each connection moving cards no other connection touches, with the right If-Match —
// against the same server's GET /healthz under the same load (same connections, same duration).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { median } from './src/measure.ts';
import {
  adminClient,
  createLoopCards,
  createScratchDatabase,
  nextMove,
  startServerProcess,
  type Client,
  type LoopCard,
} from './src/server-imports.ts';
import type { Row } from './src/table.ts';

const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 8);
const ROUND_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 2);
const ROUNDS = 3;
/** The general per-user rate limit would cap the one bench user far below what is measured. */
const UNLIMITED = { STAGEFLOW_RATE_LIMIT: 'off' };

interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Statuses other than 200 seen by the move rounds, for the notes. */
const otherStatuses = new Map<number, number>();

function summarize(result: autocannon.Result, ok: number): Run {
  return {
    rps: ok / (result.duration || ROUND_SECONDS),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
  };
}

/** Each request takes an idle card, moves it with its current revision, and puts it back. */
async function moveRound(client: Client, idle: LoopCard[]): Promise<Run> {
  const result = await autocannon({
    url: client.baseUrl,
    connections: CONNECTIONS,
    duration: ROUND_SECONDS,
    headers: { ...client.authHeaders(), 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req, context) => {
          const card = idle.shift();
          if (!card) throw new Error('more connections than cards');
          (context as { card?: LoopCard }).card = card;
          return {
            ...req,
            method: 'POST',
            path: `/api/cards/${card.id}/transitions`,
            headers: { ...req.headers, 'if-match': `"${card.revision}"` },
            body: JSON.stringify(nextMove(card)),
          };
        },
        onResponse: (status, body, context) => {
          const card = (context as { card: LoopCard }).card;
          if (status !== 200) otherStatuses.set(status, (otherStatuses.get(status) ?? 0) + 1);
          if (status === 200) {
            const moved = JSON.parse(body) as { revision: number; stage: string };
            card.revision = moved.revision;
            card.stage = moved.stage;
          }
          idle.push(card);
        },
      },
    ],
  });
  return summarize(result, result['2xx']);
}

async function healthRound(client: Client): Promise<Run> {
  const result = await autocannon({
    url: `${client.baseUrl}/healthz`,
    connections: CONNECTIONS,
    duration: ROUND_SECONDS,
  });
  return summarize(result, result['2xx']);
}

/**
 * After a round, moves autocannon gave up on may still commit on the server: wait until every
 * card's revision holds still, then hand them all out again with the revisions the server has.
 */
async function resync(client: Client, cards: LoopCard[], idle: LoopCard[]) {
  let changed = true;
  while (changed) {
    await new Promise((r) => setTimeout(r, 200));
    changed = false;
    for (const card of cards) {
      const got = (await client.send('GET', `/api/cards/${card.id}`)).json as LoopCard;
      if (got.revision !== card.revision) changed = true;
      card.revision = got.revision;
      card.stage = got.stage;
    }
  }
  idle.splice(0, idle.length, ...cards);
}

async function measure(client: Client, label: string): Promise<Row> {
  otherStatuses.clear();
  const cards = await createLoopCards(client, CONNECTIONS * 3);
  const idle = [...cards];
  await moveRound(client, idle); // warm-up
  await resync(client, cards, idle);
  await healthRound(client);
  const moves: Run[] = [];
  const health: Run[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    moves.push(await moveRound(client, idle));
    await resync(client, cards, idle);
    health.push(await healthRound(client));
  }
  const ratios = moves.map((m, i) => m.rps / health[i]!.rps);
  const failed = moves.reduce((n, m) => n + m.errors, 0);
  const others = [...otherStatuses].map(([status, n]) => `${n}× ${status}`);
  if (failed) others.push(`${failed} connection errors or timeouts`);
  const errors = others.join(', ');
  return {
    section: 'HTTP',
    name: `${label}, ${CONNECTIONS} connections`,
    a: { label: 'moves', value: median(moves.map((m) => m.rps)), unit: '/s' },
    b: { label: 'GET /healthz', value: median(health.map((h) => h.rps)), unit: '/s' },
    ratio: median(ratios),
    goal: 0.5,
    notes: `move p50 ${median(moves.map((m) => m.p50))} ms, p99 ${median(moves.map((m) => m.p99))} ms; healthz p50 ${median(health.map((h) => h.p50))} ms, p99 ${median(health.map((h) => h.p99))} ms${errors ? `; other answers: ${errors}` : ''}`,
  };
}

export async function httpSqliteRow(): Promise<{ row: Row; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stageflow-bench-http-'));
  const server = await startServerProcess({ dataDir, env: UNLIMITED });
  try {
    const client = await adminClient(server.url);
    return { row: await measure(client, 'SQLite'), dataDir };
  } finally {
    await server.stop();
  }
}

export async function httpPostgresRow(databaseUrl: string): Promise<Row> {
  const db = await createScratchDatabase(databaseUrl);
  const server = await startServerProcess({ databaseUrl: db.url, env: UNLIMITED });
  try {
    return await measure(await adminClient(server.url), 'PostgreSQL');
  } finally {
    await server.stop();
    await db.drop();
  }
}

export function removeDataDir(dataDir: string) {
  rmSync(dataDir, { recursive: true, force: true });
}
