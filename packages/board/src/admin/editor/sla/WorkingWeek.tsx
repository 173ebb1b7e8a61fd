import { WEEKDAYS, type BusinessCalendar, type Weekday } from '@stageflow/engine';
import { pathId, type DefPath } from '../../paths.ts';
import { FormRow } from '../form/FormRow.tsx';
import { useProblemsAt } from '../problems/problems-context.ts';
import { ProblemMessages } from '../problems/ProblemText.tsx';
import { useT } from '../../../i18n/useT.ts';

/** Monday first, as a service centre's week reads; stored in the engine's Sunday-first order. */
const WEEK_ORDER: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const HOUR_ENDS = [
  ['start', 'editor.sla.opens'],
  ['end', 'editor.sla.closes'],
] as const;

type Week = Pick<BusinessCalendar, 'workingDays' | 'workingHours'>;

/** Which weekdays are worked and the hours worked on each of them. */
export function WorkingWeek({
  path,
  value,
  onChange,
}: {
  path: DefPath;
  value: Week;
  onChange: (next: Week) => void;
}) {
  const { t } = useT();
  const daysPath = [...path, 'workingDays'];
  const hoursPath = [...path, 'workingHours'];
  const dayProblems = useProblemsAt(daysPath);
  // The hours' own problems (start after end); each time's problems stay at its input.
  const hourProblems = useProblemsAt(hoursPath, ['start', 'end']);
  const toggle = (day: Weekday, on: boolean) => {
    const days = new Set(value.workingDays);
    if (on) days.add(day);
    else days.delete(day);
    onChange({ ...value, workingDays: WEEKDAYS.filter((d) => days.has(d)) });
  };
  const setTime = (end: 'start' | 'end', time: string) =>
    onChange({ ...value, workingHours: { ...value.workingHours, [end]: time } });
  return (
    <>
      <fieldset
        className="admin-fieldset"
        id={pathId(daysPath)}
        tabIndex={-1}
        aria-invalid={dayProblems.length > 0}
      >
        <legend>{t('editor.sla.workingDays')}</legend>
        <div className="admin-checks">
          {WEEK_ORDER.map((day) => (
            <label key={day} className="admin-check">
              <input
                type="checkbox"
                checked={value.workingDays.includes(day)}
                onChange={(e) => toggle(day, e.target.checked)}
              />
              {t(`editor.weekday.${day}`)}
            </label>
          ))}
        </div>
        <ProblemMessages id={`${pathId(daysPath)}-problems`} problems={dayProblems} />
      </fieldset>
      <fieldset
        className="admin-fieldset"
        id={pathId(hoursPath)}
        tabIndex={-1}
        aria-invalid={hourProblems.length > 0}
        aria-describedby={hourProblems.length ? `${pathId(hoursPath)}-problems` : undefined}
      >
        <legend>{t('editor.sla.workingHours')}</legend>
        <div className="admin-grid admin-grid--2">
          {HOUR_ENDS.map(([end, label]) => (
            <FormRow key={end} label={t(label)} path={[...hoursPath, end]}>
              {(c) => (
                <input
                  {...c}
                  type="time"
                  value={value.workingHours[end]}
                  onChange={(e) => setTime(end, e.target.value)}
                />
              )}
            </FormRow>
          ))}
        </div>
        <span className="admin-row__hint">{t('editor.sla.workingHoursHint')}</span>
        <ProblemMessages id={`${pathId(hoursPath)}-problems`} problems={hourProblems} />
      </fieldset>
    </>
  );
}
