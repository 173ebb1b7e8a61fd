// The SLA policy's and timed transitions' problems, each at its JSON path and in the caller's
// language (called by validate()).
import type { WorkflowDefinition } from '../definition.schema.ts';
import { localLabel, type Locale } from '../i18n/locale.ts';
import type { EngineT } from '../i18n/translate.ts';
import type { ClockDuration } from './sla.schema.ts';
import { isIsoDate } from '../dates.ts';
import { clockFor, durationMs, isBusinessUnit, isKnownTimeZone } from './business-calendar.ts';

type Path = (string | number)[];
type Add = (path: Path, code: string, message: string) => void;

export function checkSla(
  def: WorkflowDefinition,
  stages: Set<string>,
  add: Add,
  t: EngineT,
  locale: Locale,
): void {
  const policy = def.slaPolicy;
  const calendar = policy?.calendar;
  const needsCalendar = (d: ClockDuration, path: Path, what: string) => {
    if (isBusinessUnit(d.unit) && !calendar)
      add([...path, 'unit'], 'missing_calendar', t('validate.sla.missingCalendar', { what }));
  };
  def.transitions.forEach((move, i) => {
    if (move.after)
      needsCalendar(
        move.after,
        ['transitions', i, 'after'],
        t('validate.sla.transition', { move: localLabel(move, locale) }),
      );
  });
  if (!policy) return;
  const at = (...rest: Path): Path => ['slaPolicy', ...rest];

  if (calendar) {
    if (!isKnownTimeZone(calendar.timeZone))
      add(
        at('calendar', 'timeZone'),
        'unknown_time_zone',
        t('validate.sla.unknownTimeZone', { zone: calendar.timeZone }),
      );
    if (calendar.workingHours.start >= calendar.workingHours.end)
      add(
        at('calendar', 'workingHours'),
        'empty_working_day',
        t('validate.sla.emptyWorkingDay', calendar.workingHours),
      );
    calendar.holidays?.forEach((h, j) => {
      if (!isIsoDate(h.date))
        add(
          at('calendar', 'holidays', j, 'date'),
          'invalid_date',
          t('validate.sla.invalidHoliday', { name: h.name, date: h.date }),
        );
    });
  }
  const stageList = (list: string[] | undefined, path: Path, message: (stage: string) => string) =>
    list?.forEach((key, j) => {
      if (!stages.has(key)) add([...path, j], 'unknown_stage', message(key));
    });
  stageList(policy.pausedIn, at('pausedIn'), (stage) =>
    t('validate.sla.unknownPausedStage', { stage }),
  );
  stageList(policy.stoppedIn, at('stoppedIn'), (stage) =>
    t('validate.sla.unknownStoppedStage', { stage }),
  );

  const keys = new Set<string>();
  policy.targets.forEach((target, i) => {
    const path = at('targets', i);
    const name = localLabel(target, locale);
    if (keys.has(target.key))
      add(
        [...path, 'key'],
        'duplicate_key',
        t('validate.sla.duplicateTarget', { key: target.key }),
      );
    keys.add(target.key);
    stageList(target.stages, [...path, 'stages'], (stage) =>
      t('validate.sla.unknownTargetStage', { target: name, stage }),
    );
    needsCalendar(target.within, [...path, 'within'], t('validate.sla.target', { target: name }));
    const warn = target.warnAfter;
    if (!warn) return;
    if (isBusinessUnit(warn.unit) !== isBusinessUnit(target.within.unit)) {
      return add(
        [...path, 'warnAfter', 'unit'],
        'mixed_units',
        t('validate.sla.mixedUnits', { target: name }),
      );
    }
    const clock = clockFor(target.within.unit, calendar);
    const limit = clock ? durationMs(target.within, clock) : 0;
    if (clock && limit > 0 && durationMs(warn, clock) >= limit)
      add(
        [...path, 'warnAfter'],
        'warning_after_breach',
        t('validate.sla.warningAfterBreach', { target: name }),
      );
  });
}
