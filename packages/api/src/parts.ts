// Parts and stock as the server sends them: suppliers, the parts catalogue, a card's parts lines
// and which waiting repairs have every part in stock. Money is in the currency's units (12.5).
import { z } from 'zod';
import { Timestamp } from './time.ts';

export const SupplierView = z.strictObject({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  notes: z.string().nullable(),
  /** When it was archived: it keeps its history but is no longer offered for new parts. */
  archivedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type SupplierView = z.infer<typeof SupplierView>;

export const PartView = z.strictObject({
  id: z.string(),
  sku: z.string(),
  name: z.string(),
  cost: z.number(),
  price: z.number(),
  supplier: z.string().nullable(),
  supplierName: z.string().nullable(),
  onHand: z.number().int(),
  reserved: z.number().int(),
  /** On hand and not reserved. */
  available: z.number().int(),
  reorderPoint: z.number().int(),
  reorderQuantity: z.number().int(),
  /** Available stock is below the reorder point. */
  low: z.boolean(),
  /** Units on open purchase orders, not yet received. */
  onOrder: z.number().int(),
  /** When it was archived: kept for the repairs that used it, gone from pickers and reorders. */
  archivedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type PartView = z.infer<typeof PartView>;

export const PartList = z.strictObject({ items: z.array(PartView) });
export const SupplierList = z.strictObject({ items: z.array(SupplierView) });

export const PART_LINE_STATUSES = [
  'draft',
  'backordered',
  'reserved',
  'consumed',
  'released',
] as const;

export const PartLine = z.strictObject({
  id: z.string(),
  part: z.string(),
  sku: z.string(),
  name: z.string(),
  quantity: z.number().int(),
  price: z.number(),
  cost: z.number(),
  /** The customer pays nothing; the cost is claimed back from the manufacturer. */
  warranty: z.boolean(),
  status: z.enum(PART_LINE_STATUSES),
  /** What the customer pays for the line (0 under warranty). */
  total: z.number(),
});
export type PartLine = z.infer<typeof PartLine>;

export const PartShortage = z.strictObject({
  sku: z.string(),
  name: z.string(),
  quantity: z.number().int(),
});

/** GET /api/cards/:id/parts and every write to a card's lines. */
export const CardParts = z.strictObject({
  lines: z.array(PartLine),
  /** What the customer pays for parts. */
  partsTotal: z.number(),
  /** Cost of warranty lines, to claim back from the manufacturer. */
  warrantyClaim: z.number(),
  /** Lines not yet reserved from stock (ordered, or still on the quote). */
  short: z.array(PartShortage),
  /** The card's revision after the change (lines are part of the card). */
  revision: z.number().int(),
});
export type CardParts = z.infer<typeof CardParts>;

/** GET /api/parts/readiness?workflow=…: open cards with parts lines and whether all are reserved. */
export const PartsReadiness = z.strictObject({
  cards: z.record(
    z.string(),
    z.strictObject({ lines: z.number().int(), short: z.array(PartShortage) }),
  ),
});
export type PartsReadiness = z.infer<typeof PartsReadiness>;

/** GET /api/purchase-orders/:cardId: the order behind a purchase-order card. */
export const PurchaseOrderView = z.strictObject({
  cardId: z.string(),
  part: z.string(),
  sku: z.string(),
  name: z.string(),
  supplier: z.string().nullable(),
  quantity: z.number().int(),
  received: z.number().int(),
  open: z.boolean(),
});
export type PurchaseOrderView = z.infer<typeof PurchaseOrderView>;
