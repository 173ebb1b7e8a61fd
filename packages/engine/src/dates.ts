// Calendar arithmetic on ISO dates. Pure: the "now" always comes from the caller.
import type { DateUnit, StageDef } from './definition.schema.ts';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The calendar day (UTC) of an ISO timestamp. */
export function dateOf(timestamp: string): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}

// Sums past the calendar's ends saturate there: a billion-month warranty covers every claim.
const LAST_DAY = '9999-12-31';
const FIRST_DAY = '0000-01-01';

function isoDay(d: Date, amount: number): string {
  const year = d.getUTCFullYear();
  if (Number.isNaN(year) || year > 9999 || year < 0) return amount >= 0 ? LAST_DAY : FIRST_DAY;
  return d.toISOString().slice(0, 10);
}

/** `date` + `amount` `unit`; months and years clamp to the month's last day (Jan 31 + 1 month = Feb 28). */
export function addToDate(date: string, amount: number, unit: DateUnit): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (unit === 'days') {
    return isoDay(new Date(Date.UTC(y, m - 1, d) + Math.round(amount) * DAY_MS), amount);
  }
  const months = Math.round(unit === 'years' ? amount * 12 : amount);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  if (Number.isNaN(first.getTime())) return isoDay(first, amount);
  const lastDay = new Date(
    Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0),
  ).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return isoDay(first, amount);
}

/** When a card entering `stage` at `enteredAt` becomes overdue, or null without an SLA. */
export function dueAtFor(
  stage: Pick<StageDef, 'sla'> | undefined,
  enteredAt: string,
): string | null {
  if (!stage?.sla) return null;
  const ms = stage.sla.amount * (stage.sla.unit === 'hours' ? HOUR_MS : DAY_MS);
  const due = new Date(new Date(enteredAt).getTime() + ms);
  // An SLA too long for the calendar is no deadline at all.
  return Number.isNaN(due.getTime()) ? null : due.toISOString();
}

export function isIsoTimestamp(value: string): boolean {
  return !Number.isNaN(new Date(value).getTime()) && /^\d{4}-\d{2}-\d{2}T/.test(value);
}
