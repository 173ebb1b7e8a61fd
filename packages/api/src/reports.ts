// GET /api/reports/<report>: measures of one workflow computed from the card history. Durations
// are milliseconds, days are UTC calendar days written YYYY-MM-DD; the exact meaning of each
// measure is in docs/reports.md.
import { z } from 'zod';
import { Labels, StageCategory } from '@stageflow/engine';
import { Timestamp } from './time.ts';

export const REPORT_KINDS = [
  'lead-time',
  'cycle-time',
  'throughput',
  'cfd',
  'aging',
  'sla',
  'csat',
  'pipeline',
  'workload',
] as const;
export const ReportKind = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof ReportKind>;

const Day = z.iso.date();
const Count = z.number().int().nonnegative();
const Ms = z.number().nonnegative();

/** What every report answers about itself: the workflow, the range and the filters applied. */
export const ReportScope = z.strictObject({
  workflow: z.strictObject({ key: z.string(), name: z.string(), labels: Labels.optional() }),
  /** First and last day of the range, both included. */
  from: Day,
  to: Day,
  /** A user id, 'none' (unassigned cards) or null (everyone). */
  assignee: z.string().nullable(),
  /** The instant the report was computed at (aging and SLA measure against it). */
  generatedAt: Timestamp,
});
export type ReportScope = z.infer<typeof ReportScope>;

export const ReportStage = z.strictObject({
  key: z.string(),
  label: z.string(),
  labels: Labels.optional(),
  category: StageCategory,
  color: z.string().nullable(),
});
export type ReportStage = z.infer<typeof ReportStage>;

export const DurationBucket = z.strictObject({
  /** Whole days, lower bound included; upper bound excluded, null for the last bucket. */
  fromDays: Count,
  toDays: Count.nullable(),
  count: Count,
});

/** Lead time or cycle time of the cards finished in the range. */
export const DurationReport = ReportScope.extend({
  report: z.enum(['lead-time', 'cycle-time']),
  count: Count,
  /** Nearest-rank percentiles and the mean; null when no card finished in the range. */
  p50Ms: Ms.nullable(),
  p85Ms: Ms.nullable(),
  p95Ms: Ms.nullable(),
  meanMs: Ms.nullable(),
  maxMs: Ms.nullable(),
  buckets: z.array(DurationBucket),
});
export type DurationReport = z.infer<typeof DurationReport>;

export const ThroughputReport = ReportScope.extend({
  report: z.literal('throughput'),
  done: Count,
  cancelled: Count,
  days: z.array(z.strictObject({ day: Day, done: Count, cancelled: Count })),
});
export type ThroughputReport = z.infer<typeof ThroughputReport>;

export const CfdReport = ReportScope.extend({
  report: z.literal('cfd'),
  stages: z.array(ReportStage),
  /** Cards in each stage at the end of each day (stage key → count; every stage listed). */
  days: z.array(z.strictObject({ day: Day, counts: z.record(z.string(), Count) })),
});
export type CfdReport = z.infer<typeof CfdReport>;

export const AgingCard = z.strictObject({
  id: z.string(),
  title: z.string(),
  stage: z.string(),
  assignee: z.string().nullable(),
  ageMs: Ms,
  inStageMs: Ms,
});

export const AgingReport = ReportScope.extend({
  report: z.literal('aging'),
  count: Count,
  stages: z.array(
    ReportStage.extend({
      count: Count,
      p50Ms: Ms.nullable(),
      p85Ms: Ms.nullable(),
      maxMs: Ms.nullable(),
      buckets: z.array(DurationBucket),
    }),
  ),
  /** The oldest open cards, oldest first (at most 20). */
  oldest: z.array(AgingCard),
});
export type AgingReport = z.infer<typeof AgingReport>;

export const SlaReport = ReportScope.extend({
  report: z.literal('sla'),
  /** False when the workflow has no SLA policy (every count is then 0). */
  hasPolicy: z.boolean(),
  /** Cards finished in the range whose SLA was measured, and those that breached a target. */
  finished: Count,
  breached: Count,
  /** breached / finished, null when nothing finished. */
  breachRate: z.number().min(0).max(1).nullable(),
  targets: z.array(
    z.strictObject({
      key: z.string(),
      label: z.string(),
      labels: Labels.optional(),
      measured: Count,
      breached: Count,
    }),
  ),
  days: z.array(z.strictObject({ day: Day, finished: Count, breached: Count })),
});
export type SlaReport = z.infer<typeof SlaReport>;

export const CsatReport = ReportScope.extend({
  report: z.literal('csat'),
  /** Surveys sent (created) in the range and those answered in the range. */
  sent: Count,
  answered: Count,
  average: z.number().min(1).max(5).nullable(),
  distribution: z.strictObject({ 1: Count, 2: Count, 3: Count, 4: Count, 5: Count }),
  days: z.array(
    z.strictObject({ day: Day, answered: Count, average: z.number().min(1).max(5).nullable() }),
  ),
});
export type CsatReport = z.infer<typeof CsatReport>;

export const PipelineReport = ReportScope.extend({
  report: z.literal('pipeline'),
  /** The workflow's first money field, null when it has none (amounts are then 0). */
  field: z
    .strictObject({ key: z.string(), label: z.string(), currency: z.string().nullable() })
    .nullable(),
  count: Count,
  amount: z.number(),
  stages: z.array(ReportStage.extend({ count: Count, amount: z.number() })),
  /** Won in the range: cards that entered a done stage, and their amount. */
  won: z.strictObject({ count: Count, amount: z.number() }),
});
export type PipelineReport = z.infer<typeof PipelineReport>;

export const WorkloadRow = z.strictObject({
  /** null: unassigned cards. */
  assignee: z.string().nullable(),
  name: z.string().nullable(),
  open: Count,
  active: Count,
  overdue: Count,
  finished: Count,
});

export const WorkloadReport = ReportScope.extend({
  report: z.literal('workload'),
  people: z.array(WorkloadRow),
});
export type WorkloadReport = z.infer<typeof WorkloadReport>;

/** Each report's body, by its name in the path. */
export const REPORT_BODIES = {
  'lead-time': DurationReport,
  'cycle-time': DurationReport,
  throughput: ThroughputReport,
  cfd: CfdReport,
  aging: AgingReport,
  sla: SlaReport,
  csat: CsatReport,
  pipeline: PipelineReport,
  workload: WorkloadReport,
} as const satisfies Record<ReportKind, z.ZodType>;
export type ReportBody = z.infer<(typeof REPORT_BODIES)[ReportKind]>;
