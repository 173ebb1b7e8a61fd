// A demo card as a little story: its creation and the moves it went through, days apart.
import type { Fields } from '@stageflow/engine';

export interface DemoStep {
  event: string;
  fields?: Fields;
  /** Days after the previous step (fractions allowed). */
  after: number;
  /** A field edit instead of a move. */
  edit?: boolean;
}

export interface DemoCard {
  workflow: string;
  title: string;
  fields: Fields;
  /** Days before "now" the card was created. */
  createdDaysAgo: number;
  steps: DemoStep[];
}

/** `YYYY-MM-DD`, `days` before `now` (negative: after). */
export type DayFn = (daysAgo: number) => string;

export function dayFn(now: string): DayFn {
  const base = new Date(now).getTime();
  return (daysAgo) => new Date(base - daysAgo * 86_400_000).toISOString().slice(0, 10);
}
