// Durations as a manager reads them on a card: "3d 4h", "5h", "12m" (or "3일 4시간" in Korean).
import { DEFAULT_LOCALE, intlLocale, type Locale } from '@stageflow/engine';
import { boardT } from '../i18n/i18n.ts';

export function formatDuration(ms: number, locale: Locale = DEFAULT_LOCALE): string {
  const t = boardT(locale);
  const minutes = Math.max(0, Math.floor(ms / 60000));
  if (minutes < 60) return t('time.minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('time.hours', { n: hours });
  const days = Math.floor(hours / 24);
  if (days < 14)
    return hours % 24
      ? t('time.daysHours', { d: days, h: hours % 24 })
      : t('time.days', { n: days });
  return days < 60
    ? t('time.weeks', { n: Math.floor(days / 7) })
    : t('time.months', { n: Math.floor(days / 30) });
}

export function timeInStage(enteredAt: string, now: number, locale?: Locale): string {
  const entered = Date.parse(enteredAt);
  return Number.isNaN(entered) ? '' : formatDuration(now - entered, locale);
}

// One formatter per language for every card: creating one per call costs about a millisecond.
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
function dateTimeFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    dateTimeFormats.set(locale, format);
  }
  return format;
}

export interface Deadline {
  overdue: boolean;
  text: string;
  /** Full date for a tooltip. */
  title: string;
}

export function deadline(
  dueAt: string | null,
  now: number,
  locale: Locale = DEFAULT_LOCALE,
): Deadline | null {
  if (!dueAt) return null;
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return null;
  const t = boardT(locale);
  const date = dateTimeFormat(locale).format(due);
  if (due < now)
    return {
      overdue: true,
      text: t('time.overdue', { time: formatDuration(now - due, locale) }),
      title: t('time.wasDue', { date }),
    };
  return {
    overdue: false,
    text: t('time.dueIn', { time: formatDuration(due - now, locale) }),
    title: t('time.due', { date }),
  };
}

export function formatDateTime(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return dateTimeFormat(locale).format(t);
}

/** "2h ago" style, for the history timeline. */
export function relativeTime(iso: string, now: number, locale: Locale = DEFAULT_LOCALE): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const diff = now - t;
  const say = boardT(locale);
  if (diff < 60000) return say('time.justNow');
  return say('time.ago', { time: formatDuration(diff, locale) });
}
