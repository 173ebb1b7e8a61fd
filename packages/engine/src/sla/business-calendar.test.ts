import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from './sla.schema.ts';
import { businessClock } from './business-calendar.ts';

const seoul: BusinessCalendar = {
  timeZone: 'Asia/Seoul',
  workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  workingHours: { start: '09:00', end: '18:00' },
  holidaySets: ['KR'],
};
const berlin: BusinessCalendar = { ...seoul, timeZone: 'Europe/Berlin', holidaySets: [] };
const H = 3_600_000;
const t = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('business clock', () => {
  const clock = businessClock(seoul);

  it('counts only working hours in the calendar time zone', () => {
    // Thu 2026-11-26 08:00 KST to Fri 2026-11-27 12:00 KST: 9 h on Thursday + 3 h on Friday.
    expect(clock.between(t('2026-11-25T23:00:00Z'), t('2026-11-27T03:00:00Z'))).toBe(12 * H);
    // A weekend counts nothing.
    expect(clock.between(t('2026-11-28T00:00:00Z'), t('2026-11-29T23:00:00Z'))).toBe(0);
  });

  it('skips Korean public holidays: 설날 2026 is Mon 16 – Wed 18 February', () => {
    // Fri 13 Feb 17:00 KST + 2 business hours = Thu 19 Feb 10:00 KST.
    expect(iso(clock.add(t('2026-02-13T08:00:00Z'), 2 * H))).toBe('2026-02-19T01:00:00.000Z');
    expect(clock.between(t('2026-02-15T00:00:00Z'), t('2026-02-19T00:00:00Z'))).toBe(0);
  });

  it('keeps local working hours across a DST change (Berlin, 29 March 2026)', () => {
    const b = businessClock(berlin);
    // Fri 27 March 09:00 CET (08:00Z) + 10 h = Mon 30 March 10:00 CEST (08:00Z).
    expect(iso(b.add(t('2026-03-27T08:00:00Z'), 10 * H))).toBe('2026-03-30T08:00:00.000Z');
    expect(b.between(t('2026-03-27T08:00:00Z'), t('2026-03-30T08:00:00Z'))).toBe(10 * H);
  });

  it('add and between are inverse', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: t('2025-01-01T00:00:00Z'), max: t('2027-12-31T00:00:00Z') }),
        fc.integer({ min: 1, max: 400 * H }),
        (from, ms) => {
          const to = clock.add(from, ms);
          expect(to).not.toBeNull();
          expect(clock.between(from, to!)).toBe(ms);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('between is additive over any split point', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: t('2025-01-01T00:00:00Z'), max: t('2027-12-31T00:00:00Z') }), {
          minLength: 3,
          maxLength: 3,
        }),
        (points) => {
          const [a, b, c] = points.sort((x, y) => x - y) as [number, number, number];
          expect(clock.between(a, b) + clock.between(b, c)).toBe(clock.between(a, c));
          expect(clock.between(a, c)).toBeLessThanOrEqual(c - a);
        },
      ),
      { numRuns: 100 },
    );
  });
});
