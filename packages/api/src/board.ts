// GET /api/board/:workflow: the columns in stage order with counts and totals, each with a first
// window of compact cards; GET …/columns/:stage/cards: the next windows.
import { z } from 'zod';
import { Labels, REFERENCE_KINDS, StageCategory } from '@stageflow/engine';
import { CompactCard, RefRecord } from './cards.ts';

export const BoardColumn = z.strictObject({
  key: z.string(),
  label: z.string(),
  /** Translations of the label (`{ ko: '진단' }`). */
  labels: Labels.optional(),
  category: StageCategory,
  color: z.string().nullable(),
  wipLimit: z.number().int().nullable(),
  /** Every card in the stage, filters aside. */
  count: z.number().int().nonnegative(),
  /** The cards that pass the filters (equal to count without filters). */
  matched: z.number().int().nonnegative(),
  overLimit: z.boolean(),
  /** Total of the workflow's first money field over the column (null without one). */
  sum: z
    .strictObject({ field: z.string(), currency: z.string().nullable(), amount: z.number() })
    .nullable(),
  /** A stage only older versions have: cards wait here until they are migrated. */
  retired: z.boolean(),
  /** The first window of the column's (matching) cards, in board order. */
  cards: z.array(CompactCard),
  /** Cursor for the next window (GET …/columns/:stage/cards?after=), null when this is all. */
  next: z.string().nullable(),
});
export type BoardColumn = z.infer<typeof BoardColumn>;

export const Board = z.strictObject({
  workflow: z.strictObject({
    key: z.string(),
    name: z.string(),
    labels: Labels.optional(),
    version: z.number().int().positive(),
  }),
  /** Open /api/events?lastEventId=<this> and no change after this board is missed. */
  lastEventId: z.number().int().nonnegative(),
  columns: z.array(BoardColumn),
  /**
   * The customers and equipment units the cards' reference fields point at, by id (with `kind`):
   * a card's `refs` for the engine are `records[card.fields[field]]` for each reference field.
   */
  records: z.record(z.string(), RefRecord.extend({ kind: z.enum(REFERENCE_KINDS) })),
});
export type Board = z.infer<typeof Board>;

/** GET /api/board/:workflow/columns/:stage/cards: the next window of one column. */
export const ColumnWindow = z.strictObject({
  cards: z.array(CompactCard),
  next: z.string().nullable(),
});
export type ColumnWindow = z.infer<typeof ColumnWindow>;
