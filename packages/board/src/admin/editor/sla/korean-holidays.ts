// The Korean public holidays the engine ships as data (the same list its business clock closes on
// for holidaySets ["KR"]), by year, for copying into a workflow's own holiday list.
import { KOREAN_PUBLIC_HOLIDAYS, type Holiday } from '@stageflow/engine';

/** The years the shipped list covers, oldest first. */
export const KOREAN_HOLIDAY_YEARS: readonly number[] = [
  ...new Set(KOREAN_PUBLIC_HOLIDAYS.map((h) => Number(h.date.slice(0, 4)))),
].sort((a, b) => a - b);

/**
 * `holidays` with the year's Korean public holidays added (ones already listed, same date and
 * name, are not added twice), sorted by date.
 */
export function withKoreanHolidays(holidays: readonly Holiday[], year: number): Holiday[] {
  const have = new Set(holidays.map((h) => `${h.date} ${h.name}`));
  const added = KOREAN_PUBLIC_HOLIDAYS.filter(
    (h) => h.date.startsWith(`${year}-`) && !have.has(`${h.date} ${h.name}`),
  );
  return [...holidays, ...added.map((h) => ({ ...h }))].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}
