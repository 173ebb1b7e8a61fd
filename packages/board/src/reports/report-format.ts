// Numbers on the reports page in the reader's language: days with one decimal, short dates of UTC
// days ("Mar 4" / "3월 4일"), percentages, money with its currency.
import { formatMoney, intlLocale, type Locale } from '@stageflow/engine';

const DAY_MS = 86_400_000;
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let format = cache.get(key) as F | undefined;
  if (!format) cache.set(key, (format = make()));
  return format;
}

export function formatNumber(n: number, locale: Locale, digits = 0): string {
  return cached(
    `n-${locale}-${digits}`,
    () =>
      new Intl.NumberFormat(intlLocale(locale), {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  ).format(n);
}

/** Milliseconds as days, one decimal. */
export const daysOf = (ms: number) => Math.round((ms / DAY_MS) * 10) / 10;

export function formatDays(ms: number | null, locale: Locale): string {
  return ms === null ? '—' : formatNumber(daysOf(ms), locale, 1);
}

export function formatDay(day: string, locale: Locale): string {
  return cached(
    `d-${locale}`,
    () =>
      new Intl.DateTimeFormat(intlLocale(locale), {
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      }),
  ).format(new Date(`${day}T00:00:00Z`));
}

export function formatPercent(ratio: number | null, locale: Locale): string {
  if (ratio === null) return '—';
  return cached(
    `p-${locale}`,
    () => new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 }),
  ).format(ratio);
}

export function formatAmount(amount: number, currency: string | null, locale: Locale): string {
  return currency ? formatMoney(amount, currency, locale) : formatNumber(amount, locale);
}
