// A demo card as a little story: its creation and the moves it went through, days apart.
import type { Fields } from '@stageflow/engine';

export interface DemoStep {
  event: string;
  fields?: Fields;
  /** Days after the previous step (fractions allowed). */
  after: number;
  /** A field edit instead of a move. */
  edit?: boolean;
  /**
   * Moves of the card this card's last move spawned (a claim's repair order), instead of a move of
   * this card: `event` is then only a label. A child's move may signal this card in turn.
   */
  child?: DemoStep[];
}

/** A unit of the installed base a demo card is about (created before the card). */
export interface DemoUnit {
  serialNumber: string;
  product: string;
  /** The owner's name: one customer per name. */
  customer: string;
  purchaseDate: string | null;
  warrantyMonths: number | null;
}

export interface DemoCard {
  workflow: string;
  title: string;
  fields: Fields;
  /** The card's `unit` field points at this unit (warranty claims). */
  unit?: DemoUnit;
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
