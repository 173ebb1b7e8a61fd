// Durations as a manager reads them on a card: "3d 4h", "5h", "12m".

export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.floor(hours / 24);
  if (days < 14) return hours % 24 ? `${days}d ${hours % 24}h` : `${days}d`;
  return days < 60 ? `${Math.floor(days / 7)}w` : `${Math.floor(days / 30)}mo`;
}

export function timeInStage(enteredAt: string, now: number): string {
  const entered = Date.parse(enteredAt);
  return Number.isNaN(entered) ? '' : formatDuration(now - entered);
}

// One formatter for every card: creating one per call costs about a millisecond each.
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

export interface Deadline {
  overdue: boolean;
  text: string;
  /** Full date for a tooltip. */
  title: string;
}

export function deadline(dueAt: string | null, now: number): Deadline | null {
  if (!dueAt) return null;
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return null;
  const title = dateTimeFormat.format(due);
  if (due < now)
    return {
      overdue: true,
      text: `Overdue ${formatDuration(now - due)}`,
      title: `Was due ${title}`,
    };
  return { overdue: false, text: `Due in ${formatDuration(due - now)}`, title: `Due ${title}` };
}

export function formatDateTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return dateTimeFormat.format(t);
}

/** "2 hours ago" style, for the history timeline. */
export function relativeTime(iso: string, now: number): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const diff = now - t;
  if (diff < 60000) return 'just now';
  return `${formatDuration(diff)} ago`;
}
