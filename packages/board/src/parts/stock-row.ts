// How a part's row stands out in a stock table: archived rows are muted, low ones highlighted.
import type { PartView } from './parts-api.ts';

export function stockRowClass(part: PartView): string | undefined {
  if (part.archivedAt) return 'is-archived';
  return part.low ? 'is-low' : undefined;
}
