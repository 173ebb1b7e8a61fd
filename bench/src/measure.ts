// Side-by-side throughput: two loops measured in alternating short rounds (A, B, A, B, …) in one
// process, so both see the same machine noise. Time is this process's CPU time
// (process.cpuUsage), not wall time: on a shared machine the wall clock also counts the time
// other processes held the core. Ratios are what the table reports.

export interface Side {
  label: string;
  /** Runs `n` operations; returns any number so the work cannot be optimised away. */
  run(n: number): number;
}

export interface PairResult {
  a: number; // operations per second, median over rounds
  b: number;
  /** Median of the per-round ratios a/b (each round pair ran back to back). */
  ratio: number;
  rounds: number;
}

export interface PairOptions {
  warmupMs?: number;
  roundMs?: number;
  rounds?: number;
  batch?: number;
}

let sink = 0;

const gc = (globalThis as { gc?: () => void }).gc;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Operations per CPU second of `side` over about `ms` milliseconds of CPU time. */
function timed(side: Side, ms: number, batch: number): number {
  gc?.(); // neither side pays for the other's garbage
  let ops = 0;
  const startedAt = cpuMs();
  let elapsed: number;
  do {
    sink += side.run(batch);
    ops += batch;
    elapsed = cpuMs() - startedAt;
  } while (elapsed < ms);
  return (ops * 1000) / elapsed;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function comparePair(a: Side, b: Side, options: PairOptions = {}): PairResult {
  const { warmupMs = 500, roundMs = 40, rounds = 40, batch = 20 } = options;
  timed(a, warmupMs, batch);
  timed(b, warmupMs, batch);
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Alternate which side goes first so neither always follows a GC of the other.
    const first = i % 2 === 0;
    const ra = first ? timed(a, roundMs, batch) : 0;
    const rb = timed(b, roundMs, batch);
    const ra2 = first ? ra : timed(a, roundMs, batch);
    as.push(ra2);
    bs.push(rb);
    ratios.push(ra2 / rb);
  }
  if (sink === Number.MIN_VALUE) console.log(sink);
  return { a: median(as), b: median(bs), ratio: median(ratios), rounds };
}
