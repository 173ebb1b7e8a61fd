// HTTP rows: durable moves per second through real server processes on loopback, each connection
// moving cards no other connection touches, with the right If-Match. Three comparisons, each side
// by side in alternating rounds (A, B, B, A, …) with the same load generator (autocannon):
// - Stageflow on SQLite vs a minimal hand-written move server (src/reference-server.ts);
// - Stageflow on PostgreSQL vs Stageflow on SQLite;
// - two Stageflow processes on one PostgreSQL database (load split between them) vs one.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { median } from './src/measure.ts';
import { startReferenceServer } from './src/reference-process.ts';
import {
  adminClient,
  createLoopCards,
  createScratchDatabase,
  nextMove,
  startServerProcess,
  type LoopCard,
  type ServerProcess,
} from './src/server-imports.ts';
import type { Row } from './src/table.ts';

const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 8);
const ROUND_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 2);
// Five rounds a side: with three, single rounds of the two-process comparison ranged 0.83–1.35.
const ROUNDS = 5;
/** The general per-user rate limit would cap the one bench user far below what is measured. */
export const UNLIMITED = { STAGEFLOW_RATE_LIMIT: 'off' };

/** Where moves go: a server's base URL and the headers that sign in. */
interface Target {
  baseUrl: string;
  authHeaders(): Record<string, string>;
  /** The server process, whose CPU time per move the notes report (Linux /proc). */
  pid?: number;
}

/** A side of a comparison: one or more targets sharing one pool of cards. */
export interface Side {
  label: string;
  targets: Target[];
  cards: LoopCard[];
  idle: LoopCard[];
}

export interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** Server CPU time (user + system) per accepted move, ms; NaN where /proc cannot tell. */
  cpuMs: number;
  /**
   * CPU time of the whole machine per accepted move, ms: server, database, load generator and
   * kernel together (Linux /proc/stat; NaN elsewhere). With the cores saturated, moves/s is about
   * cores ÷ this, so the three CPU figures say who spends the time.
   */
  machineCpuMs: number;
  /** CPU time of PostgreSQL on this machine per accepted move, ms (0 when idle; NaN without /proc). */
  databaseCpuMs: number;
}

/** User + system CPU time of a process so far, ms (Linux /proc; NaN elsewhere). */
function processCpuMs(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const fields = statFields(String(pid));
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/** /proc/<pid>/stat after the command name: fields[0] is the state, [1] the parent, [11] utime. */
function statFields(pid: string): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/**
 * CPU time of the PostgreSQL server on this machine so far, ms: every process named `postgres`
 * (backends, WAL writer, checkpointer…), plus, for the postmaster (the one whose parent is not
 * `postgres`), its ended children's time (cutime + cstime): a backend that ends mid-round still
 * counts. 0 where no PostgreSQL runs here (a remote DATABASE_URL: not measured), NaN without /proc.
 */
function postgresCpuMs(): number {
  let ticks = 0;
  const procs = new Map<string, string[]>();
  let pids: string[];
  try {
    pids = readdirSync('/proc');
  } catch {
    return NaN;
  }
  for (const pid of pids) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') {
        procs.set(pid, statFields(pid));
      }
    } catch {
      // The process ended while we looked.
    }
  }
  for (const fields of procs.values()) {
    ticks += Number(fields[11]) + Number(fields[12]);
    if (!procs.has(fields[1]!)) ticks += Number(fields[13]) + Number(fields[14]);
  }
  return (ticks * 1000) / CLOCK_TICKS;
}
/** USER_HZ: /proc/<pid>/stat counts CPU time in these ticks (100 on Linux). */
const CLOCK_TICKS = 100;

/** Busy CPU time of the machine so far, all cores, ms: user, nice, system, irq, softirq. */
function machineCpuMs(): number {
  try {
    const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8')
      .slice(0, 200)
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return ((user! + nice! + system! + irq! + softirq!) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/** Statuses other than 200 seen by the move rounds, for the notes. */
const otherStatuses = new Map<number, number>();

/** Each request takes an idle card, moves it with its current revision, and puts it back. */
async function moveOn(target: Target, idle: LoopCard[], connections: number) {
  return autocannon({
    url: target.baseUrl,
    connections,
    duration: ROUND_SECONDS,
    headers: { ...target.authHeaders(), 'content-type': 'application/json' },
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
}

/** One round: the side's connections split evenly over its targets, run at the same time. */
export async function round(side: Side): Promise<Run> {
  const per = Math.max(1, Math.floor(CONNECTIONS / side.targets.length));
  const cpuBefore = side.targets.reduce((ms, t) => ms + processCpuMs(t.pid), 0);
  const machineBefore = machineCpuMs();
  const databaseBefore = postgresCpuMs();
  const results = await Promise.all(side.targets.map((t) => moveOn(t, side.idle, per)));
  const databaseAfter = postgresCpuMs();
  const machineAfter = machineCpuMs();
  const cpuAfter = side.targets.reduce((ms, t) => ms + processCpuMs(t.pid), 0);
  await resync(side);
  const ok = results.reduce((n, r) => n + r['2xx'], 0);
  return {
    cpuMs: (cpuAfter - cpuBefore) / ok,
    machineCpuMs: (machineAfter - machineBefore) / ok,
    databaseCpuMs: (databaseAfter - databaseBefore) / ok,
    rps: ok / (results[0]!.duration || ROUND_SECONDS),
    p50: median(results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((n, r) => n + r.errors + r.timeouts, 0),
  };
}

/**
 * After a round, moves autocannon gave up on may still commit on the server: wait until every
 * card's revision holds still, then hand them all out again with the revisions the server has.
 */
async function resync(side: Side) {
  const target = side.targets[0]!;
  let changed = true;
  while (changed) {
    await new Promise((r) => setTimeout(r, 200));
    changed = false;
    for (const card of side.cards) {
      const res = await fetch(`${target.baseUrl}/api/cards/${card.id}`, {
        headers: target.authHeaders(),
      });
      const got = (await res.json()) as LoopCard;
      if (got.revision !== card.revision) changed = true;
      card.revision = got.revision;
      card.stage = got.stage;
    }
  }
  side.idle.splice(0, side.idle.length, ...side.cards);
}

export function side(label: string, targets: Target[], cards: LoopCard[]): Side {
  return { label, targets, cards, idle: [...cards] };
}

/** A and B in alternating rounds after one warm-up round each; medians and the median ratio. */
async function compare(section: string, name: string, a: Side, b: Side, goal?: number) {
  otherStatuses.clear();
  await round(a);
  await round(b);
  const runsA: Run[] = [];
  const runsB: Run[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    if (i % 2 === 0) {
      runsA.push(await round(a));
      runsB.push(await round(b));
    } else {
      runsB.push(await round(b));
      runsA.push(await round(a));
    }
  }
  const ratios = runsA.map((r, i) => r.rps / runsB[i]!.rps);
  const failed = [...runsA, ...runsB].reduce((n, r) => n + r.errors, 0);
  const others = [...otherStatuses].map(([status, n]) => `${n}× ${status}`);
  if (failed) others.push(`${failed} connection errors or timeouts`);
  const lat = (runs: Run[]) =>
    `p50 ${median(runs.map((r) => r.p50))} ms, p99 ${median(runs.map((r) => r.p99))} ms` +
    cpuNotes(runs);
  const row: Row = {
    section,
    name: `${name}, ${CONNECTIONS} connections`,
    a: { label: a.label, value: median(runsA.map((r) => r.rps)), unit: 'moves/s' },
    b: { label: b.label, value: median(runsB.map((r) => r.rps)), unit: 'moves/s' },
    ratio: median(ratios),
    goal,
    notes: `A ${lat(runsA)}; B ${lat(runsB)}; A/B per round ${ratios.map((r) => r.toFixed(2)).join(', ')}${others.length ? `; other answers: ${others.join(', ')}` : ''}`,
  };
  process.stderr.write(`  ${row.name}: ${row.ratio!.toFixed(2)}\n`);
  return row;
}

/** Medians of the CPU time per move: the server process(es), PostgreSQL, the whole machine. */
export function cpuNotes(runs: Run[]): string {
  const server = median(runs.map((r) => r.cpuMs));
  const database = median(runs.map((r) => r.databaseCpuMs));
  const machine = median(runs.map((r) => r.machineCpuMs));
  if (!Number.isFinite(server)) return '';
  return (
    `, CPU ms/move: server ${server.toFixed(2)}` +
    (database >= 0.05 ? `, PostgreSQL ${database.toFixed(2)}` : '') +
    (Number.isFinite(machine) ? `, machine ${machine.toFixed(2)}` : '')
  );
}

/**
 * A new server process serves as many rounds on its own as the first comparison's sides did (a
 * warm-up and ROUNDS), so no side is compared while its JIT-compiled code is still cold: a fresh
 * process spent 1.5–2× the CPU per move in its first seconds, measured.
 */
export async function warmUp(side: Side) {
  for (let i = 0; i <= ROUNDS; i++) await round(side);
}

/**
 * Cards each side moves in turn (each request takes the card idle longest). The default, three per
 * connection, moves each card many times a second: the hottest rows a board could have.
 */
const CARDS_PER_SIDE = Number(process.env.BENCH_HTTP_CARDS ?? CONNECTIONS * 3);

export async function stageflowSide(label: string, servers: ServerProcess[]): Promise<Side> {
  const client = await adminClient(servers[0]!.url);
  const cards = await createLoopCards(client, CARDS_PER_SIDE);
  const targets = servers.map((s) => Object.assign(client.at(s.url), { pid: s.pid }));
  return side(label, targets, cards);
}

export interface HttpRows {
  rows: Row[];
  /** The SQLite server's data directory, left for the board row (remove with removeDataDir). */
  dataDir: string;
}

export async function httpRows(databaseUrl: string | undefined): Promise<HttpRows> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stageflow-bench-http-'));
  const rows: Row[] = [];
  const sqlite = await startServerProcess({ dataDir, env: UNLIMITED });
  const reference = await startReferenceServer(CARDS_PER_SIDE);
  try {
    const onSqlite = await stageflowSide('Stageflow, SQLite', [sqlite]);
    const byHand = side(
      'by hand (node:http + better-sqlite3 + XState)',
      [reference],
      reference.cards,
    );
    rows.push(await compare('HTTP', 'move, SQLite vs by hand', onSqlite, byHand, 0.6));
    await reference.stop();
    if (databaseUrl) {
      const db = await createScratchDatabase(databaseUrl);
      const pgA = await startServerProcess({ databaseUrl: db.url, env: UNLIMITED });
      const pgB = await startServerProcess({ databaseUrl: db.url, env: UNLIMITED });
      try {
        const both = await stageflowSide('two processes', [pgA, pgB]);
        const onPg = { ...both, label: 'Stageflow, PostgreSQL', targets: [both.targets[0]!] };
        // Before this, the second process met its first requests in the two-process rounds.
        for (const target of both.targets) await warmUp({ ...both, targets: [target] });
        rows.push(await compare('HTTP', 'move, PostgreSQL vs SQLite', onPg, onSqlite, 0.7));
        // The row above compares unequal promises: PostgreSQL flushes its WAL to disk at every
        // COMMIT (synchronous_commit=on, its default), SQLite in WAL mode with synchronous=NORMAL
        // (the server's default) does not — a commit survives the server process crashing, not
        // necessarily the machine. Here SQLite keeps PostgreSQL's promise (synchronous=FULL).
        const fullDataDir = mkdtempSync(join(tmpdir(), 'stageflow-bench-http-full-'));
        const sqliteFull = await startServerProcess({
          dataDir: fullDataDir,
          env: { ...UNLIMITED, STAGEFLOW_SQLITE_SYNCHRONOUS: 'FULL' },
        });
        try {
          const onFull = await stageflowSide('Stageflow, SQLite synchronous=FULL', [sqliteFull]);
          await warmUp(onFull);
          rows.push(
            await compare(
              'HTTP',
              'move, PostgreSQL vs SQLite, both flushed at commit',
              onPg,
              onFull,
            ),
          );
        } finally {
          await sqliteFull.stop();
          rmSync(fullDataDir, { recursive: true, force: true });
        }
        const onePg = { ...onPg, label: 'one process' };
        rows.push(
          await compare('HTTP', 'move, PostgreSQL: two processes vs one', both, onePg, 1.0),
        );
      } finally {
        await Promise.all([pgA.stop(), pgB.stop()]);
        await db.drop();
      }
    }
  } finally {
    await reference.stop().catch(() => undefined);
    await sqlite.stop();
  }
  return { rows, dataDir };
}

export function removeDataDir(dataDir: string) {
  rmSync(dataDir, { recursive: true, force: true });
}
