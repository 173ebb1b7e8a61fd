// The business calendar the built-in workflows share: a Seoul service centre, weekdays 09–18,
// closed on Korean public holidays.
import type { BusinessCalendar } from '../sla/sla.schema.ts';

export const seoulServiceCalendar: BusinessCalendar = {
  timeZone: 'Asia/Seoul',
  workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  workingHours: { start: '09:00', end: '18:00' },
  holidaySets: ['KR'],
};
