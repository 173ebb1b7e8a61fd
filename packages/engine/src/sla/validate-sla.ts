// The SLA policy's and timed transitions' problems, each at its JSON path (called by validate()).
import type { WorkflowDefinition } from '../definition.schema.ts';
import type { ClockDuration } from './sla.schema.ts';
import { isIsoDate } from '../dates.ts';
import { clockFor, durationMs, isBusinessUnit, isKnownTimeZone } from './business-calendar.ts';

type Path = (string | number)[];
type Add = (path: Path, code: string, message: string) => void;

export function checkSla(def: WorkflowDefinition, stages: Set<string>, add: Add): void {
  const policy = def.slaPolicy;
  const calendar = policy?.calendar;
  const needsCalendar = (d: ClockDuration, path: Path, what: string) => {
    if (isBusinessUnit(d.unit) && !calendar)
      add(
        [...path, 'unit'],
        'missing_calendar',
        `${what} counts business time, so the SLA policy needs a business calendar.`,
      );
  };
  def.transitions.forEach((t, i) => {
    if (t.after) needsCalendar(t.after, ['transitions', i, 'after'], `"${t.label}"`);
  });
  if (!policy) return;
  const at = (...rest: Path): Path => ['slaPolicy', ...rest];

  if (calendar) {
    if (!isKnownTimeZone(calendar.timeZone))
      add(
        at('calendar', 'timeZone'),
        'unknown_time_zone',
        `"${calendar.timeZone}" is not a time zone; use an IANA name such as Asia/Seoul.`,
      );
    if (calendar.workingHours.start >= calendar.workingHours.end)
      add(
        at('calendar', 'workingHours'),
        'empty_working_day',
        `Working hours must end after they start (${calendar.workingHours.start}–${calendar.workingHours.end}).`,
      );
    calendar.holidays?.forEach((h, j) => {
      if (!isIsoDate(h.date))
        add(
          at('calendar', 'holidays', j, 'date'),
          'invalid_date',
          `Holiday "${h.name}" is on ${h.date}, which is not a calendar date.`,
        );
    });
  }
  const stageList = (list: string[] | undefined, path: Path, what: string) =>
    list?.forEach((key, j) => {
      if (!stages.has(key))
        add([...path, j], 'unknown_stage', `${what} names "${key}", which is not a stage.`);
    });
  stageList(policy.pausedIn, at('pausedIn'), 'The SLA pause list');
  stageList(policy.stoppedIn, at('stoppedIn'), 'The SLA stop list');

  const keys = new Set<string>();
  policy.targets.forEach((target, i) => {
    const path = at('targets', i);
    if (keys.has(target.key))
      add([...path, 'key'], 'duplicate_key', `SLA target key "${target.key}" is used twice.`);
    keys.add(target.key);
    stageList(target.stages, [...path, 'stages'], `SLA target "${target.label}"`);
    needsCalendar(target.within, [...path, 'within'], `SLA target "${target.label}"`);
    const warn = target.warnAfter;
    if (!warn) return;
    if (isBusinessUnit(warn.unit) !== isBusinessUnit(target.within.unit)) {
      return add(
        [...path, 'warnAfter', 'unit'],
        'mixed_units',
        `SLA target "${target.label}" must warn in the same kind of time it is measured in (business or calendar).`,
      );
    }
    const clock = clockFor(target.within.unit, calendar);
    const limit = clock ? durationMs(target.within, clock) : 0;
    if (clock && limit > 0 && durationMs(warn, clock) >= limit)
      add(
        [...path, 'warnAfter'],
        'warning_after_breach',
        `SLA target "${target.label}" warns only after it is already breached.`,
      );
  });
}
