// Clock arithmetic for SLAs: how much clock time lies between two instants, and which instant
// lies a given clock time after another. A wall clock counts every millisecond; a business clock
// counts only working hours on working days in the calendar's time zone, holidays excluded.
// Time-zone offsets come from the runtime's Intl data through @date-fns/tz (DST-safe).
import { tzOffset } from '@date-fns/tz';
import type { BusinessCalendar, ClockDuration, ClockUnit } from './sla.schema.ts';
import { WEEKDAYS } from './sla.schema.ts';
import { HOLIDAY_DATA } from './holidays-kr.ts';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** A business clock that finds no working time in this many days gives up (all days closed). */
const MAX_SCAN_DAYS = 366 * 30;

export interface Clock {
  /** Clock time (ms) from `from` to `to`; 0 when `to` is not after `from`. */
  between(from: number, to: number): number;
  /** The instant `ms` of clock time after `from`, or null when it never comes. */
  add(from: number, ms: number): number | null;
  /** How many ms one unit of `unit` is on this clock. */
  unitMs(unit: ClockUnit): number;
}

export const wallClock: Clock = {
  between: (from, to) => Math.max(0, to - from),
  add: (from, ms) => from + Math.max(0, ms),
  unitMs: (unit) => (unit === 'hours' || unit === 'businessHours' ? HOUR : DAY),
};

export function isBusinessUnit(unit: ClockUnit): boolean {
  return unit === 'businessHours' || unit === 'businessDays';
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** True when the runtime knows the time zone (an unknown one gives NaN offsets). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return Number.isFinite(tzOffset(timeZone, new Date(0)));
  } catch {
    return false;
  }
}

export function businessClock(calendar: BusinessCalendar): Clock {
  const zone = calendar.timeZone;
  const start = minutesOf(calendar.workingHours.start);
  const end = minutesOf(calendar.workingHours.end);
  const dayLength = Math.max(0, end - start) * MINUTE;
  const days = new Set(calendar.workingDays.map((d) => WEEKDAYS.indexOf(d)));
  const closed = new Set<string>();
  for (const set of calendar.holidaySets ?? [])
    for (const h of HOLIDAY_DATA[set]) closed.add(h.date);
  for (const h of calendar.holidays ?? []) closed.add(h.date);

  // Intl is slow and offsets change rarely: an offset is kept per quarter hour (zones change on
  // quarter hours) when the quarter's start and end agree.
  const QUARTER = 15 * MINUTE;
  const offsets = new Map<number, number>();
  const exactOffset = (ms: number) => tzOffset(zone, new Date(ms)) * MINUTE;
  const offset = (ms: number) => {
    const quarter = Math.floor(ms / QUARTER);
    const kept = offsets.get(quarter);
    if (kept !== undefined) return kept;
    const start = exactOffset(quarter * QUARTER);
    if (start !== exactOffset((quarter + 1) * QUARTER - 1)) return exactOffset(ms);
    if (offsets.size > 4096) offsets.clear();
    offsets.set(quarter, start);
    return start;
  };
  /** Days since 1970-01-01 of the local calendar day `ms` falls on. */
  const localDay = (ms: number) => Math.floor((ms + offset(ms)) / DAY);
  /** The instant of local wall time `minutes` on local day `day` (second pass settles DST). */
  const instant = (day: number, minutes: number) => {
    const wall = day * DAY + minutes * MINUTE;
    return wall - offset(wall - offset(wall));
  };
  const windows = new Map<number, [number, number] | null>();
  const windowOf = (day: number): [number, number] | null => {
    if (windows.has(day)) return windows.get(day)!;
    const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    const iso = new Date(day * DAY).toISOString().slice(0, 10);
    const open = dayLength > 0 && days.has(weekday) && !closed.has(iso);
    const window: [number, number] | null = open ? [instant(day, start), instant(day, end)] : null;
    if (windows.size > 4096) windows.clear();
    windows.set(day, window);
    return window;
  };

  return {
    between(from, to) {
      if (!(to > from)) return 0;
      let total = 0;
      const last = localDay(to);
      for (let day = localDay(from); day <= last; day++) {
        const w = windowOf(day);
        if (w) total += Math.max(0, Math.min(w[1], to) - Math.max(w[0], from));
      }
      return total;
    },
    add(from, ms) {
      let remaining = Math.max(0, ms);
      let day = localDay(from);
      for (let i = 0; i < MAX_SCAN_DAYS; i++, day++) {
        const w = windowOf(day);
        if (!w) continue;
        const begin = Math.max(w[0], from);
        if (begin >= w[1]) continue;
        if (w[1] - begin >= remaining) return begin + remaining;
        remaining -= w[1] - begin;
      }
      return remaining === 0 ? from : null;
    },
    unitMs: (unit) => (unit === 'businessDays' || unit === 'days' ? dayLength : HOUR),
  };
}

/** The clock a duration is measured on: business units need the calendar. */
export function clockFor(unit: ClockUnit, calendar: BusinessCalendar | undefined): Clock | null {
  if (!isBusinessUnit(unit)) return wallClock;
  if (!calendar) return null;
  // A board computes every card's state against one definition object: build its clock once.
  // A broken calendar (validate() reports it) measures nothing rather than throwing.
  if (!clocks.has(calendar))
    clocks.set(calendar, isKnownTimeZone(calendar.timeZone) ? businessClock(calendar) : null);
  return clocks.get(calendar) ?? null;
}

const clocks = new WeakMap<BusinessCalendar, Clock | null>();

export function durationMs(duration: ClockDuration, clock: Clock): number {
  return duration.amount * clock.unitMs(duration.unit);
}
