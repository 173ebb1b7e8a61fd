import { KOREAN_PUBLIC_HOLIDAYS, type BusinessCalendar, type SlaPolicy } from '@stageflow/engine';
import { pathId } from '../../paths.ts';
import { useEditor } from '../editor-context.ts';
import { withOptional } from '../form/optional.ts';
import { ProblemText } from '../problems/ProblemText.tsx';
import { HolidayList } from './HolidayList.tsx';
import { TimeZoneInput } from './TimeZoneInput.tsx';
import { WorkingWeek } from './WorkingWeek.tsx';
import { useT } from '../../../i18n/useT.ts';

const PATH = ['slaPolicy', 'calendar'] as const;
const OWN_INPUTS = ['timeZone', 'workingDays', 'workingHours', 'holidaySets', 'holidays'];

/** A calendar to start from: weekdays 09:00–18:00 in the browser's zone, Korean holidays closed. */
function newCalendar(): BusinessCalendar {
  return {
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Seoul',
    workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    workingHours: { start: '09:00', end: '18:00' },
    holidaySets: ['KR'],
  };
}

const KR_YEARS = `${KOREAN_PUBLIC_HOLIDAYS[0]!.date.slice(0, 4)}–${KOREAN_PUBLIC_HOLIDAYS.at(-1)!.date.slice(0, 4)}`;

/** The business calendar that business hours and days count in, edited field by field. */
export function CalendarEditor({
  policy,
  onChange,
}: {
  policy: SlaPolicy;
  onChange: (next: SlaPolicy) => void;
}) {
  const { t } = useT();
  const { reveal } = useEditor();
  const calendar = policy.calendar;
  const set = (next: BusinessCalendar | undefined) =>
    onChange(withOptional(policy, 'calendar', next));
  return (
    <section className="admin-subsection" aria-labelledby="admin-sla-calendar-title">
      <h3 id="admin-sla-calendar-title">{t('editor.sla.calendar')}</h3>
      <p className="admin-muted">{t('editor.sla.calendarIntro')}</p>
      <label className="admin-check">
        <input
          type="checkbox"
          id={pathId(PATH)}
          checked={calendar !== undefined}
          onChange={(e) => {
            set(e.target.checked ? newCalendar() : undefined);
            if (e.target.checked) reveal([...PATH, 'timeZone']);
          }}
        />
        {t('editor.sla.useCalendar')}
      </label>
      <ProblemText path={PATH} claimed={OWN_INPUTS} />
      {calendar && (
        <div className="admin-calendar">
          <TimeZoneInput
            path={[...PATH, 'timeZone']}
            value={calendar.timeZone}
            onChange={(timeZone) => set({ ...calendar, timeZone })}
          />
          <WorkingWeek
            path={PATH}
            value={calendar}
            onChange={(week) => set({ ...calendar, ...week })}
          />
          <label className="admin-check" id={pathId([...PATH, 'holidaySets'])} tabIndex={-1}>
            <input
              type="checkbox"
              checked={calendar.holidaySets?.includes('KR') ?? false}
              onChange={(e) =>
                set(withOptional(calendar, 'holidaySets', e.target.checked ? ['KR'] : undefined))
              }
            />
            {t('editor.sla.koreanHolidaySet', { years: KR_YEARS })}
          </label>
          <ProblemText path={[...PATH, 'holidaySets']} />
          <HolidayList
            path={[...PATH, 'holidays']}
            value={calendar.holidays ?? []}
            onChange={(holidays) =>
              set(withOptional(calendar, 'holidays', holidays.length ? holidays : undefined))
            }
          />
        </div>
      )}
    </section>
  );
}
