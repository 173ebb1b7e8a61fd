// Request bodies and views of customers and equipment units. Dates are YYYY-MM-DD.
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

export const CustomerView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CustomerView = z.infer<typeof CustomerView>;

export const EquipmentView = z.object({
  id: z.string(),
  serialNumber: z.string(),
  product: z.string(),
  model: z.string().nullable(),
  customer: z.string().nullable(),
  customerName: z.string().nullable(),
  purchaseDate: z.string().nullable(),
  warrantyMonths: z.number().nullable(),
  /** Purchase date + warranty months (null when either is unknown). */
  warrantyExpires: z.string().nullable(),
  contractExpires: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EquipmentView = z.infer<typeof EquipmentView>;

export const Page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), nextOffset: z.number().nullable() });

export const TimelineEntry = z.object({
  cardId: z.string(),
  cardTitle: z.string(),
  workflow: z.string(),
  workflowName: z.string(),
  revision: z.number(),
  at: z.string(),
  actorId: z.string(),
  kind: z.string(),
  event: z.string().nullable(),
  eventLabel: z.string().nullable(),
  fromStage: z.string().nullable(),
  toStage: z.string(),
  toStageLabel: z.string(),
  /** Which record the card points at through which field (a customer's unit counts too). */
  via: z.object({ field: z.string(), kind: z.enum(['customer', 'equipment']), id: z.string() }),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const ImportResult = z.object({ created: z.number(), updated: z.number() });
