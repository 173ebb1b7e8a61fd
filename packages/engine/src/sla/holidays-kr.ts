// Korean public holidays 2025–2027 as data (관공서의 공휴일에 관한 규정 and 공휴일에 관한 법률),
// lunar dates resolved to the solar calendar. Substitute holidays (대체공휴일): 설날 and 추석 when
// they overlap a Sunday or another holiday; 국경일 (삼일절, 제헌절, 광복절, 개천절, 한글날), 어린이날, 부처님오신날
// and 성탄절 when they fall on a Saturday, a Sunday or another holiday. 현충일 and 신정 get none.
// 제헌절 is a public holiday again from 2026 (공휴일에 관한 법률 amended January 2026), with the
// other 국경일's substitute rule. Election days and one-off temporary holidays (임시공휴일) are listed as the government declared
// them; later declarations go in a workflow's own `holidays`.
import type { Holiday } from './sla.schema.ts';

export const KOREAN_PUBLIC_HOLIDAYS: readonly Holiday[] = [
  { date: '2025-01-01', name: '신정' },
  { date: '2025-01-27', name: '임시공휴일' },
  { date: '2025-01-28', name: '설날 연휴' },
  { date: '2025-01-29', name: '설날' },
  { date: '2025-01-30', name: '설날 연휴' },
  { date: '2025-03-01', name: '삼일절' },
  { date: '2025-03-03', name: '대체공휴일(삼일절)' },
  { date: '2025-05-05', name: '어린이날' },
  { date: '2025-05-05', name: '부처님오신날' },
  { date: '2025-05-06', name: '대체공휴일(부처님오신날)' },
  { date: '2025-06-03', name: '제21대 대통령 선거' },
  { date: '2025-06-06', name: '현충일' },
  { date: '2025-08-15', name: '광복절' },
  { date: '2025-10-03', name: '개천절' },
  { date: '2025-10-05', name: '추석 연휴' },
  { date: '2025-10-06', name: '추석' },
  { date: '2025-10-07', name: '추석 연휴' },
  { date: '2025-10-08', name: '대체공휴일(추석)' },
  { date: '2025-10-09', name: '한글날' },
  { date: '2025-12-25', name: '성탄절' },

  { date: '2026-01-01', name: '신정' },
  { date: '2026-02-16', name: '설날 연휴' },
  { date: '2026-02-17', name: '설날' },
  { date: '2026-02-18', name: '설날 연휴' },
  { date: '2026-03-01', name: '삼일절' },
  { date: '2026-03-02', name: '대체공휴일(삼일절)' },
  { date: '2026-05-05', name: '어린이날' },
  { date: '2026-05-24', name: '부처님오신날' },
  { date: '2026-05-25', name: '대체공휴일(부처님오신날)' },
  { date: '2026-06-03', name: '제9회 전국동시지방선거' },
  { date: '2026-06-06', name: '현충일' },
  { date: '2026-07-17', name: '제헌절' },
  { date: '2026-08-15', name: '광복절' },
  { date: '2026-08-17', name: '대체공휴일(광복절)' },
  { date: '2026-09-24', name: '추석 연휴' },
  { date: '2026-09-25', name: '추석' },
  { date: '2026-09-26', name: '추석 연휴' },
  { date: '2026-10-03', name: '개천절' },
  { date: '2026-10-05', name: '대체공휴일(개천절)' },
  { date: '2026-10-09', name: '한글날' },
  { date: '2026-12-25', name: '성탄절' },

  { date: '2027-01-01', name: '신정' },
  { date: '2027-02-06', name: '설날 연휴' },
  { date: '2027-02-07', name: '설날' },
  { date: '2027-02-08', name: '설날 연휴' },
  { date: '2027-02-09', name: '대체공휴일(설날)' },
  { date: '2027-03-01', name: '삼일절' },
  { date: '2027-05-05', name: '어린이날' },
  { date: '2027-05-13', name: '부처님오신날' },
  { date: '2027-06-06', name: '현충일' },
  { date: '2027-07-17', name: '제헌절' },
  { date: '2027-07-19', name: '대체공휴일(제헌절)' },
  { date: '2027-08-15', name: '광복절' },
  { date: '2027-08-16', name: '대체공휴일(광복절)' },
  { date: '2027-09-14', name: '추석 연휴' },
  { date: '2027-09-15', name: '추석' },
  { date: '2027-09-16', name: '추석 연휴' },
  { date: '2027-10-03', name: '개천절' },
  { date: '2027-10-04', name: '대체공휴일(개천절)' },
  { date: '2027-10-09', name: '한글날' },
  { date: '2027-10-11', name: '대체공휴일(한글날)' },
  { date: '2027-12-25', name: '성탄절' },
  { date: '2027-12-27', name: '대체공휴일(성탄절)' },
];

/** The shipped holiday lists by name. */
export const HOLIDAY_DATA: Record<'KR', readonly Holiday[]> = { KR: KOREAN_PUBLIC_HOLIDAYS };
