// A card's parts lines, with the part's SKU and name. Plain functions, `db` first.
import type { PartLine } from '@stageflow/api';
import type { PartsFacts } from '@stageflow/engine';
import type { Kysely, Selectable } from 'kysely';
import type { CardPartsTable, Database, PartLineStatus } from '../db/schema.ts';
import { fromCents } from './money.ts';

type Db = Kysely<Database>;
export type CardPartRow = Selectable<CardPartsTable>;
export type LineWithPart = CardPartRow & { sku: string; name: string };

/** Lines still waiting for stock: on the quote, or ordered and not yet reserved. */
export const UNRESERVED: readonly PartLineStatus[] = ['draft', 'backordered'];
/** Lines that still count: not consumed at hand-back, not released on cancel. */
export const LIVE: readonly PartLineStatus[] = ['draft', 'backordered', 'reserved'];

export function linesOfCard(db: Db, cardId: string): Promise<LineWithPart[]> {
  return db
    .selectFrom('card_parts')
    .innerJoin('parts', 'parts.id', 'card_parts.part_id')
    .selectAll('card_parts')
    .select(['parts.sku', 'parts.name'])
    .where('card_parts.card_id', '=', cardId)
    .orderBy('card_parts.created_at')
    .orderBy('card_parts.id')
    .execute();
}

export function toPartLine(row: LineWithPart): PartLine {
  const warranty = row.warranty === 1;
  return {
    id: row.id,
    part: row.part_id,
    sku: row.sku,
    name: row.name,
    quantity: row.quantity,
    price: fromCents(row.price_cents),
    cost: fromCents(row.cost_cents),
    warranty,
    status: row.status,
    total: warranty ? 0 : fromCents(row.price_cents * row.quantity),
  };
}

/** What the customer pays for parts, in cents (warranty lines cost them nothing). */
export function partsTotalCents(lines: CardPartRow[]): number {
  return lines
    .filter((l) => l.status !== 'released' && l.warranty !== 1)
    .reduce((sum, l) => sum + l.price_cents * l.quantity, 0);
}

/** The stock facts a `{ parts: "inStock" }` guard reads. */
export function factsOf(lines: LineWithPart[]): PartsFacts {
  const live = lines.filter((l) => LIVE.includes(l.status));
  return {
    lines: live.length,
    short: live
      .filter((l) => UNRESERVED.includes(l.status))
      .map((l) => ({ sku: l.sku, name: l.name, quantity: l.quantity })),
  };
}

export async function setLineStatus(
  db: Db,
  id: string,
  status: PartLineStatus,
  at: string,
): Promise<void> {
  await db.updateTable('card_parts').set({ status, updated_at: at }).where('id', '=', id).execute();
}
