// Search and filters, kept in the URL query: ?q=…&assignee=…&overdue=1
import type { BoardCard } from '../api/types.ts';

export interface BoardFilters {
  q: string;
  /** A user id, `me`, `none`, or null for everyone. */
  assignee: string | null;
  overdue: boolean;
}

export function readFilters(search: URLSearchParams): BoardFilters {
  return {
    q: search.get('q') ?? '',
    assignee: search.get('assignee') || null,
    overdue: search.get('overdue') === '1',
  };
}

export const isFiltering = (f: BoardFilters) =>
  f.q.trim() !== '' || f.assignee !== null || f.overdue;

export function isOverdue(card: BoardCard, now: string): boolean {
  return card.dueAt !== null && card.dueAt < now;
}

/** A predicate for the cards that pass; `meId` resolves `assignee=me`. */
export function cardFilter(
  filters: BoardFilters,
  now: string,
  meId: string,
): (card: BoardCard) => boolean {
  const words = filters.q.toLowerCase().split(/\s+/).filter(Boolean);
  const assignee = filters.assignee === 'me' ? meId : filters.assignee;
  return (card) => {
    if (filters.overdue && !isOverdue(card, now)) return false;
    if (
      assignee === 'none' ? card.assignee !== null : assignee !== null && card.assignee !== assignee
    ) {
      return false;
    }
    if (words.length === 0) return true;
    if (words.length === 1 && card.id === words[0]) return true; // an id, whole (as the server)
    const haystack = [
      card.title,
      ...Object.values(card.fields).map((v) => (v === null ? '' : String(v))),
    ]
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  };
}
