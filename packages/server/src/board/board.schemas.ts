// Query strings of the board endpoints: the same filters as GET /cards, and window sizes.
import { z } from 'zod';
import { text } from '../cards/card.schemas.ts';
import type { BoardFilter } from './board.query.ts';

export const BoardQuery = z
  .object({
    q: text(200).optional(),
    assignee: text(100).min(1).optional(),
    overdue: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export const ColumnCardsQuery = BoardQuery.extend({
  after: text(500).min(1).optional(),
}).strict();

/** `assignee=me` is the caller; `q` is split into words that must all appear. */
export function boardFilter(
  query: z.output<typeof BoardQuery>,
  meId: string,
  now: string,
): BoardFilter {
  return {
    words: (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8),
    assignee: query.assignee === 'me' ? meId : (query.assignee ?? null),
    overdueAt: query.overdue === true ? now : null,
  };
}
