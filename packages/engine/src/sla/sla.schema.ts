// SLA policies and timed transitions as data: a business calendar, the stages where the clock
// pauses or stops, and targets with warning and breach thresholds. Nothing here is computed at
// write time: the card's stage history plus the policy give its SLA state at any `now`.
import { z } from 'zod';
import { DEFINITION_LIMITS as L } from '../limits.ts';

/** A year of closed days many times over; more is a broken or hostile definition. */
const MAX_HOLIDAYS = 2_000;
const MAX_TARGETS = 50;

/** Wall-clock units, and business units that only count inside the calendar's working hours. */
export const CLOCK_UNITS = ['hours', 'days', 'businessHours', 'businessDays'] as const;
export const ClockUnit = z.enum(CLOCK_UNITS);
export type ClockUnit = z.infer<typeof ClockUnit>;

export const ClockDuration = z.object({ amount: z.number().positive(), unit: ClockUnit }).strict();
export type ClockDuration = z.infer<typeof ClockDuration>;

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

/** Public-holiday lists the engine ships as data (see holidays-kr.ts). */
export const HOLIDAY_SETS = ['KR'] as const;
export const HolidaySet = z.enum(HOLIDAY_SETS);
export type HolidaySet = z.infer<typeof HolidaySet>;

const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour clock)');
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const StageRef = z.string().min(1).max(64);
const StageList = z.array(StageRef).max(L.stages);
const Label = z.string().min(1).max(L.label);

export const Holiday = z.object({ date: IsoDay, name: Label }).strict();
export type Holiday = z.infer<typeof Holiday>;

export const BusinessCalendar = z
  .object({
    /** IANA time zone the working hours are read in, e.g. "Asia/Seoul". */
    timeZone: z.string().min(1).max(64),
    workingDays: z.array(Weekday).min(1).max(7),
    workingHours: z.object({ start: TimeOfDay, end: TimeOfDay }).strict(),
    /** Shipped holiday lists to include, e.g. ["KR"] for Korean public holidays. */
    holidaySets: z.array(HolidaySet).max(HOLIDAY_SETS.length).optional(),
    /** The workflow's own closed days (company holidays, a one-off closure). */
    holidays: z.array(Holiday).max(MAX_HOLIDAYS).optional(),
  })
  .strict();
export type BusinessCalendar = z.infer<typeof BusinessCalendar>;

// The same shape as `Labels` in definition.schema.ts, which imports this file (so it cannot be
// imported from there without a cycle).
const TargetLabels = z.object({ en: Label.optional(), ko: Label.optional() }).strict();

/**
 * Role names the engine knows (admin, manager, viewer). Kept a plain string here so an unknown
 * one is a validate() problem naming the target, not a bare schema error.
 */
export const RoleRef = z.string().min(1).max(32);
export const RoleRefs = z.array(RoleRef).min(1).max(8);

/** Who is told when a target's threshold is crossed (one inbox notification per active user). */
export const SlaEscalation = z
  .object({ warning: RoleRefs.optional(), breach: RoleRefs.optional() })
  .strict();
export type SlaEscalation = z.infer<typeof SlaEscalation>;

export const SlaTarget = z
  .object({
    key: z.string().min(1).max(64),
    label: Label,
    labels: TargetLabels.optional(),
    /** The clock runs only while the card is in these stages; omitted: the whole lifecycle. */
    stages: StageList.min(1).optional(),
    /** Breached once this much clock time has run. */
    within: ClockDuration,
    /** Warning once this much has run (same kind of unit as `within`); default 80 % of it. */
    warnAfter: ClockDuration.optional(),
    /** Roles told once per card when it reaches the warning or the breach. */
    escalate: SlaEscalation.optional(),
  })
  .strict();
export type SlaTarget = z.infer<typeof SlaTarget>;

export const SlaPolicy = z
  .object({
    /** Needed by business units (targets and timed transitions). */
    calendar: BusinessCalendar.optional(),
    /** Stages where every clock pauses (awaiting the customer, awaiting parts). */
    pausedIn: StageList.optional(),
    /** Stages where the clocks stop; omitted: every done or cancelled stage. */
    stoppedIn: StageList.optional(),
    targets: z.array(SlaTarget).min(1).max(MAX_TARGETS),
  })
  .strict();
export type SlaPolicy = z.infer<typeof SlaPolicy>;
