// Request bodies of suppliers, parts, stock adjustments and card parts lines. Money is sent in the
// currency's units (12.5) and kept in cents.
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));
const money = z.number().min(0).max(10_000_000);
const count = z.number().int().min(0).max(1_000_000);

export const SupplierBody = z.strictObject({
  name: text(200),
  email: z
    .union([z.email().max(320), z.literal('')])
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v)),
  phone: optionalText(64),
  notes: optionalText(4000),
});
export type SupplierBody = z.output<typeof SupplierBody>;
/** `archived`: true archives (kept for history, no longer offered), false restores. */
export const SupplierPatch = SupplierBody.partial()
  .extend({ archived: z.boolean().optional() })
  .refine((b) => Object.keys(b).length > 0, {
    message: 'Send at least one of name, email, phone, notes, archived.',
  });
export type SupplierPatch = z.output<typeof SupplierPatch>;

export const PartBody = z.strictObject({
  sku: text(64),
  name: text(200),
  cost: money,
  price: money,
  supplier: z.string().min(1).max(200).nullable().optional(),
  onHand: count.optional(),
  reorderPoint: count,
  reorderQuantity: z.number().int().min(1).max(1_000_000),
});
export type PartBody = z.output<typeof PartBody>;
/** Stock on hand changes only through adjustments, receipts and hand-backs. */
export const PartPatch = PartBody.omit({ onHand: true })
  .partial()
  .extend({ archived: z.boolean().optional() })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change.' });
export type PartPatch = z.output<typeof PartPatch>;

/** A stock count or correction: units found (+) or written off (−). */
export const StockAdjustment = z.strictObject({
  delta: z
    .number()
    .int()
    .min(-1_000_000)
    .max(1_000_000)
    .refine((n) => n !== 0, 'An adjustment of 0 changes nothing.'),
});

export const PartLineBody = z.strictObject({
  /** The part's id or SKU. */
  part: z.string().trim().min(1).max(200),
  quantity: z.number().int().min(1).max(10_000),
  /** The customer pays nothing; the cost is claimed back from the manufacturer. */
  warranty: z.boolean().optional(),
  /** Defaults to the part's price. */
  price: money.optional(),
});
export type PartLineBody = z.output<typeof PartLineBody>;

const ArchivedFilter = z.enum(['exclude', 'include', 'only']);
export const SupplierQuery = z.strictObject({
  /** Archived suppliers are left out unless asked for. */
  archived: ArchivedFilter.optional(),
});
export const PartQuery = z.strictObject({
  q: z.string().max(200).optional(),
  supplier: z.string().min(1).max(200).optional(),
  /** Archived parts are left out unless asked for. */
  archived: ArchivedFilter.optional(),
});

export const ReadinessQuery = z.strictObject({ workflow: z.string().min(1).max(64) });
