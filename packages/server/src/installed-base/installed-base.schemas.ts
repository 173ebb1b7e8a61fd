// Request bodies of customers and equipment units. Dates are YYYY-MM-DD.
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

/** A real calendar date written YYYY-MM-DD (2025-02-30 is refused). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date like 2025-03-01.')
  .refine(
    (v) => new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v,
    'This is not a real date.',
  );

export const CustomerBody = z.strictObject({
  name: text(200),
  email: z
    .union([z.email().max(320), z.literal('')])
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v)),
  phone: optionalText(64),
  address: optionalText(1000),
  notes: optionalText(4000),
});
export type CustomerBody = z.output<typeof CustomerBody>;
export const CustomerPatch = CustomerBody.partial().refine((b) => Object.keys(b).length > 0, {
  message: 'Send at least one of name, email, phone, address, notes.',
});

export const EquipmentBody = z.strictObject({
  serialNumber: text(100),
  product: text(200),
  model: optionalText(200),
  customer: z.string().min(1).max(200).nullable().optional(),
  purchaseDate: IsoDate.nullable().optional(),
  warrantyMonths: z.number().int().min(0).max(600).nullable().optional(),
  contractExpires: IsoDate.nullable().optional(),
  notes: optionalText(4000),
});
export type EquipmentBody = z.output<typeof EquipmentBody>;
export const EquipmentPatch = EquipmentBody.partial().refine((b) => Object.keys(b).length > 0, {
  message: 'Send at least one field to change.',
});

export const ListQuery = z.strictObject({
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  /** Equipment only: the units of one customer. */
  customer: z.string().max(200).optional(),
});
export type ListQuery = z.output<typeof ListQuery>;

// The views these routes answer are @stageflow/api's Customer, Equipment, TimelineEntry.
