// The board's own views of what the server sends; every response body itself is typed by its
// @stageflow/api schema (import those types from '@stageflow/api').
import type { BoardColumn as ColumnAnswer, CompactCard } from '@stageflow/api';

/**
 * A card as the board holds it: the compact card with every field (the board endpoint and the
 * live feed send them all), so the engine in the browser decides moves and the board sums money
 * without asking again. A full card (CardDetail) is one too.
 */
export type BoardCard = CompactCard;

/** What the board keeps of a column once its numbers and first window went into board state. */
export type BoardColumn = Pick<
  ColumnAnswer,
  'key' | 'label' | 'labels' | 'category' | 'color' | 'wipLimit'
>;
