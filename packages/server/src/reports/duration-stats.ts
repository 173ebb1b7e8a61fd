// Distributions of durations: nearest-rank percentiles (the smallest value with at least p % of
// the values at or below it — always a value that occurred) and day buckets.
const DAY_MS = 86_400_000;

/** Bucket bounds in whole days: [0,1), [1,2), [2,3), [3,5), [5,7), [7,14), [14,30), [30,60), 60+. */
export const BUCKET_DAYS = [0, 1, 2, 3, 5, 7, 14, 30, 60] as const;

/** `sorted` ascending; p in (0, 100]. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function buckets(values: readonly number[]) {
  const counts = BUCKET_DAYS.map(() => 0);
  for (const ms of values) {
    let i = BUCKET_DAYS.length - 1;
    while (i > 0 && ms < BUCKET_DAYS[i]! * DAY_MS) i--;
    counts[i]!++;
  }
  return BUCKET_DAYS.map((fromDays, i) => ({
    fromDays,
    toDays: BUCKET_DAYS[i + 1] ?? null,
    count: counts[i]!,
  }));
}

export function distribution(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const total = sorted.reduce((sum, v) => sum + v, 0);
  return {
    count: sorted.length,
    p50Ms: percentile(sorted, 50),
    p85Ms: percentile(sorted, 85),
    p95Ms: percentile(sorted, 95),
    meanMs: sorted.length ? Math.round(total / sorted.length) : null,
    maxMs: sorted.at(-1) ?? null,
    buckets: buckets(sorted),
  };
}

/** Milliseconds as days with two decimals, for CSV. */
export const msToDays = (ms: number) => Math.round((ms / DAY_MS) * 100) / 100;
