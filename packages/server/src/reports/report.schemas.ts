// The query every report reads. Days are UTC calendar days; the range includes both ends.
import { z } from 'zod';

/** The longest range a report covers (the cumulative flow has one row per day). */
export const MAX_RANGE_DAYS = 731;
/** Without `from`/`to`: the 30 days up to today. */
export const DEFAULT_RANGE_DAYS = 30;

export const ReportQuery = z.strictObject({
  workflow: z.string().min(1).max(64).describe('The workflow key, e.g. `repair`'),
  from: z.iso
    .date()
    .optional()
    .describe('First day (YYYY-MM-DD, UTC); default 29 days before `to`'),
  to: z.iso.date().optional().describe('Last day, included (YYYY-MM-DD, UTC); default today'),
  assignee: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .describe("Only cards assigned to this user id now; 'none' for unassigned cards"),
  format: z
    .enum(['json', 'csv'])
    .optional()
    .describe('csv: a CSV attachment (also chosen by `Accept: text/csv`)'),
});
export type ReportQuery = z.infer<typeof ReportQuery>;
