// The installed base: customers and equipment units (GET/POST /api/customers, /api/equipment and
// their /:id, /:id/timeline, /import).
import { z } from 'zod';
import { REFERENCE_KINDS } from '@stageflow/engine';
import { Timestamp } from './time.ts';

/** A calendar date, YYYY-MM-DD. */
const CalendarDate = z.iso.date();

export const Customer = z.strictObject({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Customer = z.infer<typeof Customer>;

export const Equipment = z.strictObject({
  id: z.string(),
  serialNumber: z.string(),
  product: z.string(),
  model: z.string().nullable(),
  /** The owner's customer id. */
  customer: z.string().nullable(),
  customerName: z.string().nullable(),
  purchaseDate: CalendarDate.nullable(),
  warrantyMonths: z.number().int().nullable(),
  /** Purchase date + warranty months (null when either is unknown). */
  warrantyExpires: CalendarDate.nullable(),
  contractExpires: CalendarDate.nullable(),
  notes: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Equipment = z.infer<typeof Equipment>;

/** One page of a searched list; `nextOffset` is null on the last. */
export const Page = <T extends z.ZodType>(item: T) =>
  z.strictObject({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    nextOffset: z.number().int().nonnegative().nullable(),
  });
export type Page<T> = { items: T[]; total: number; nextOffset: number | null };

export const CustomerPage = Page(Customer);
export const EquipmentPage = Page(Equipment);

export const TimelineEntry = z.strictObject({
  cardId: z.string(),
  cardTitle: z.string(),
  workflow: z.string(),
  workflowName: z.string(),
  revision: z.number().int().positive(),
  at: Timestamp,
  actorId: z.string(),
  kind: z.string(),
  event: z.string().nullable(),
  eventLabel: z.string().nullable(),
  fromStage: z.string().nullable(),
  toStage: z.string(),
  toStageLabel: z.string(),
  /** Which record the card points at through which field (a customer's unit counts too). */
  via: z.strictObject({ field: z.string(), kind: z.enum(REFERENCE_KINDS), id: z.string() }),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** GET /api/customers/:id/timeline, /api/equipment/:id/timeline: newest first. */
export const RecordTimeline = z.strictObject({ timeline: z.array(TimelineEntry) });

/** POST /api/customers/import, /api/equipment/import: every row, or none and a 422. */
export const ImportResult = z.strictObject({
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
});
export type ImportResult = z.infer<typeof ImportResult>;
