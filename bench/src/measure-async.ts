// Side-by-side throughput for work that waits on the disk or the network: wall-clock time, short
// alternating rounds (A, B, B, A, …) so both sides share the machine's noise.
import { median } from './measure.ts';

export interface AsyncSide {
  label: string;
  /** Runs one operation. */
  once(): Promise<void> | void;
}

export interface AsyncPairResult {
  a: number;
  b: number;
  ratio: number;
  rounds: number;
}

async function timed(side: AsyncSide, ms: number): Promise<number> {
  let ops = 0;
  const startedAt = performance.now();
  let elapsed: number;
  do {
    await side.once();
    ops += 1;
    elapsed = performance.now() - startedAt;
  } while (elapsed < ms);
  return (ops * 1000) / elapsed;
}

export async function compareAsyncPair(
  a: AsyncSide,
  b: AsyncSide,
  options: { warmupMs?: number; roundMs?: number; rounds?: number } = {},
): Promise<AsyncPairResult> {
  const { warmupMs = 300, roundMs = 250, rounds = 8 } = options;
  await timed(a, warmupMs);
  await timed(b, warmupMs);
  const as: number[] = [];
  const bs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const aFirst = i % 2 === 0;
    const x = aFirst ? await timed(a, roundMs) : 0;
    const rb = await timed(b, roundMs);
    const ra = aFirst ? x : await timed(a, roundMs);
    as.push(ra);
    bs.push(rb);
    ratios.push(ra / rb);
  }
  return { a: median(as), b: median(bs), ratio: median(ratios), rounds };
}
