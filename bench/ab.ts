// Interleaved A/B of two Stageflow server builds or settings — how a change to the move path is
// measured here: whole-bench runs on a shared machine spread more than most changes do.
//
//   node --import tsx ab.ts [--base <checkout>] [--env-a '<json>'] [--env-b '<json>']
//                           [--rounds 8] [--pg postgres://…] [--processes 2]
//
// A is this checkout. B is this checkout too, or another one with --base (e.g.
// `git worktree add /tmp/base <commit>`; this checkout's node_modules are linked into it when it
// has none). --env-a/--env-b add environment variables to a side's server (e.g.
// '{"STAGEFLOW_SQLITE_CHECKPOINTS":"commit"}'). One server process a side, each on its own data (a
// SQLite directory, or with --pg a scratch PostgreSQL database next to the one named), the same
// warm-up as `pnpm bench http`, then rounds alternating A, B, B, A, … under the same load
// (BENCH_HTTP_CONNECTIONS, BENCH_HTTP_SECONDS). Prints each side's median moves/s and server CPU
// per move, the median of the per-round ratios and every round's ratio. With --processes N (needs
// --pg) each side is N server processes on its database, the connections split between them, each
// process warmed up on its own first: the two-process row of `pnpm bench http`, A/B'd.
// The CPU notes: the server process(es), PostgreSQL when it runs on this machine, and the whole
// machine (load generator and kernel included) per move — the machine's CPU per move is what
// bounds moves/s when the cores are saturated (on this VM it still varies between runs).
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  cpuNotes,
  round,
  stageflowSide,
  UNLIMITED,
  warmUp,
  type Run,
  type Side,
} from './http.bench.ts';
import { median } from './src/measure.ts';
import {
  createScratchDatabase,
  startServerProcess,
  type ServerProcess,
} from './src/server-imports.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    'env-a': { type: 'string', default: '{}' },
    'env-b': { type: 'string', default: '{}' },
    rounds: { type: 'string', default: '8' },
    pg: { type: 'string' },
    processes: { type: 'string', default: '1' },
  },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number`);
const processes = Number(values.processes);
if (!Number.isInteger(processes) || processes < 1)
  throw new Error(`--processes must be a whole number`);
if (processes > 1 && !values.pg) throw new Error(`--processes above 1 needs --pg`);
const here = fileURLToPath(new URL('..', import.meta.url));

type Start = typeof startServerProcess;

/** startServerProcess of another checkout, with this checkout's dependencies linked in. */
async function startFrom(checkout: string): Promise<Start> {
  const root = resolve(checkout);
  for (const dir of [
    '',
    'bench',
    ...['engine', 'api', 'server', 'board'].map((p) => `packages/${p}`),
  ]) {
    const own = join(here, dir, 'node_modules');
    const theirs = join(root, dir, 'node_modules');
    if (existsSync(own) && existsSync(join(root, dir)) && !existsSync(theirs))
      symlinkSync(own, theirs);
  }
  const support = join(root, 'packages/server/test/fault/support/index.ts');
  return ((await import(pathToFileURL(support).href)) as { startServerProcess: Start })
    .startServerProcess;
}

interface Made {
  side: Side;
  cleanup(): Promise<void>;
}

async function make(label: string, start: Start, env: Record<string, string>): Promise<Made> {
  const scratch = values.pg ? await createScratchDatabase(values.pg) : undefined;
  const dataDir = scratch ? undefined : mkdtempSync(join(tmpdir(), 'stageflow-ab-'));
  const servers: ServerProcess[] = [];
  for (let i = 0; i < processes; i++)
    servers.push(
      await start({ dataDir, databaseUrl: scratch?.url, env: { ...UNLIMITED, ...env } }),
    );
  const side = await stageflowSide(label, servers);
  // Each process warms up on its own first, as `pnpm bench http` does for its two-process row.
  if (processes > 1)
    for (const target of side.targets) await warmUp({ ...side, targets: [target] });
  return {
    side,
    async cleanup() {
      await Promise.all(servers.map((s) => s.stop()));
      await scratch?.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const a = await make(
  'A',
  startServerProcess,
  JSON.parse(values['env-a']!) as Record<string, string>,
);
const b = await make(
  values.base ? `B (${values.base})` : 'B',
  values.base ? await startFrom(values.base) : startServerProcess,
  JSON.parse(values['env-b']!) as Record<string, string>,
);
try {
  await warmUp(a.side);
  await warmUp(b.side);
  const runsA: Run[] = [];
  const runsB: Run[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      runsA.push(await round(a.side));
      runsB.push(await round(b.side));
    } else {
      runsB.push(await round(b.side));
      runsA.push(await round(a.side));
    }
  }
  const ratios = runsA.map((r, i) => r.rps / runsB[i]!.rps);
  const show = (label: string, runs: Run[]) =>
    `${label}: ${median(runs.map((r) => r.rps)).toFixed(0)} moves/s${cpuNotes(runs)}`;
  console.log(show('A', runsA));
  console.log(show(b.side.label, runsB));
  console.log(
    `A/B median ${median(ratios).toFixed(2)}; rounds ${ratios.map((r) => r.toFixed(2)).join(' ')}`,
  );
  // Machine CPU per move, B over A: above 1 when A does the same moves with less CPU.
  const cpuRatios = runsA.map((r, i) => runsB[i]!.machineCpuMs / r.machineCpuMs);
  console.log(
    `machine CPU per move B/A median ${median(cpuRatios).toFixed(2)}; rounds ${cpuRatios.map((r) => r.toFixed(2)).join(' ')}`,
  );
} finally {
  await a.cleanup();
  await b.cleanup();
}
