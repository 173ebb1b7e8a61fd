// The shipped Korean holidays, checked against the runtime's Korean lunar calendar (Intl "dangi")
// and the substitute-holiday rules, rather than against a second hand-typed list.
import { describe, expect, it } from 'vitest';
import { KOREAN_PUBLIC_HOLIDAYS } from './holidays-kr.ts';

const lunar = new Intl.DateTimeFormat('en-u-ca-dangi', {
  timeZone: 'Asia/Seoul',
  month: 'numeric',
  day: 'numeric',
});
const DAY = 86_400_000;

function lunarOf(iso: string): string {
  const parts = lunar.formatToParts(new Date(`${iso}T12:00:00+09:00`));
  const get = (t: string) => parts.find((p) => p.type === t)?.value;
  return `${get('month')}/${get('day')}`;
}
function shift(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}
function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}
const dates = (name: string) =>
  KOREAN_PUBLIC_HOLIDAYS.filter((h) => h.name === name).map((h) => h.date);

describe('Korean public holidays 2025–2027', () => {
  it('puts 설날 on lunar 1/1 and its eves on the days either side', () => {
    expect(dates('설날')).toEqual(['2025-01-29', '2026-02-17', '2027-02-07']);
    for (const d of dates('설날')) {
      expect(lunarOf(d)).toBe('1/1');
      expect(dates('설날 연휴')).toEqual(expect.arrayContaining([shift(d, -1), shift(d, 1)]));
    }
  });

  it('puts 추석 on lunar 8/15 and 부처님오신날 on lunar 4/8', () => {
    expect(dates('추석')).toHaveLength(3);
    for (const d of dates('추석')) {
      expect(lunarOf(d)).toBe('8/15');
      expect(dates('추석 연휴')).toEqual(expect.arrayContaining([shift(d, -1), shift(d, 1)]));
    }
    expect(dates('부처님오신날')).toHaveLength(3);
    for (const d of dates('부처님오신날')) expect(lunarOf(d)).toBe('4/8');
  });

  it('gives a substitute day exactly where the rules call for one, and nowhere else', () => {
    const substitutes = KOREAN_PUBLIC_HOLIDAYS.filter((h) => h.name.startsWith('대체공휴일'));
    const base = KOREAN_PUBLIC_HOLIDAYS.filter((h) => !h.name.startsWith('대체공휴일'));
    const holiday = new Set(base.map((h) => h.date));
    const taken = new Set(holiday);
    const firstFreeAfter = (iso: string) => {
      let d = shift(iso, 1);
      while (taken.has(d) || [0, 6].includes(weekday(d))) d = shift(d, 1);
      taken.add(d);
      return d;
    };
    const othersOn = (iso: string, name: string) =>
      base.some((h) => h.date === iso && h.name !== name && h.name !== `${name} 연휴`);
    const expected: string[] = [];
    // 설날 and 추석: the three-day block overlaps a Sunday or another holiday (Saturday does not count).
    for (const name of ['설날', '추석']) {
      for (const d of dates(name)) {
        const block = [shift(d, -1), d, shift(d, 1)];
        const hit = block.some((b) => weekday(b) === 0 || othersOn(b, name));
        if (hit) expected.push(firstFreeAfter(block[2]!));
      }
    }
    // 국경일, 어린이날, 부처님오신날, 성탄절: on a Saturday, a Sunday or another holiday.
    for (const name of [
      '삼일절',
      '제헌절',
      '광복절',
      '개천절',
      '한글날',
      '어린이날',
      '부처님오신날',
      '성탄절',
    ]) {
      for (const d of dates(name)) {
        if (name === '제헌절' && d < '2026') continue;
        if ([0, 6].includes(weekday(d)) || (othersOn(d, name) && name === '부처님오신날'))
          expected.push(firstFreeAfter(d));
      }
    }
    expect(substitutes.map((h) => h.date)).toEqual(expected.sort());
    // Spot checks against the published calendars.
    expect(expected).toEqual(
      expect.arrayContaining(['2025-03-03', '2025-05-06', '2025-10-08', '2027-02-09']),
    );
    // 현충일 gets no substitute even on a weekend (2026 is a Saturday).
    expect(weekday('2026-06-06')).toBe(6);
    expect(holiday.has('2026-06-08')).toBe(false);
  });

  it('lists every date once per name, in order, as real dates', () => {
    const keys = KOREAN_PUBLIC_HOLIDAYS.map((h) => `${h.date} ${h.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    const sorted = [...KOREAN_PUBLIC_HOLIDAYS].map((h) => h.date).sort();
    expect(KOREAN_PUBLIC_HOLIDAYS.map((h) => h.date)).toEqual(sorted);
    for (const h of KOREAN_PUBLIC_HOLIDAYS)
      expect(new Date(`${h.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(h.date);
  });
});
