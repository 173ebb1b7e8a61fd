// Workflows and their published versions, the editor's validation report, migrations.
import { z } from 'zod';
import { WorkflowDefinition } from '@stageflow/engine';
import { Timestamp } from './time.ts';

const Version = z.number().int().positive();

export const VersionInfo = z.strictObject({
  version: Version,
  /** The publishing user's id. */
  publishedBy: z.string(),
  publishedAt: Timestamp,
});
export type VersionInfo = z.infer<typeof VersionInfo>;

export const WorkflowSummary = z.strictObject({
  key: z.string(),
  name: z.string(),
  latestVersion: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** The latest version's definition. */
  definition: WorkflowDefinition,
});
export type WorkflowSummary = z.infer<typeof WorkflowSummary>;

/** GET /api/workflows. */
export const WorkflowList = z.strictObject({ workflows: z.array(WorkflowSummary) });

/** GET /api/workflows/:key. */
export const WorkflowDetail = z.strictObject({
  ...WorkflowSummary.shape,
  versions: z.array(VersionInfo),
});
export type WorkflowDetail = z.infer<typeof WorkflowDetail>;

/** GET /api/workflows/:key/versions/:version, and what publishing answers. */
export const PublishedVersion = z.strictObject({
  key: z.string(),
  ...VersionInfo.shape,
  definition: WorkflowDefinition,
});
export type PublishedVersion = z.infer<typeof PublishedVersion>;

export const Problem = z.strictObject({
  /** JSON path into the definition, e.g. ["transitions", 3, "to"]. */
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  code: z.string(),
});

export const MigrationPlan = z.strictObject({
  removedStages: z.array(z.string()),
  addedStages: z.array(z.string()),
  changedFields: z.array(z.strictObject({ key: z.string(), from: z.string(), to: z.string() })),
  removedFields: z.array(z.string()),
  addedFields: z.array(z.string()),
  newlyRequired: z.array(z.string()),
});

/** POST /api/workflows/:key/validate. */
export const ValidationReport = z.strictObject({
  valid: z.boolean(),
  problems: z.array(Problem),
  /** From the latest published version to this draft (null while the draft is invalid). */
  plan: MigrationPlan.nullable(),
  /** Cards (any version) sitting in stages this draft no longer has. */
  strandedCards: z.array(z.strictObject({ stage: z.string(), count: z.number().int() })),
  strandedTotal: z.number().int().nonnegative(),
});
export type ValidationReport = z.infer<typeof ValidationReport>;

/** POST /api/workflows/:key/migrations. */
export const MigrationReport = z.strictObject({
  key: z.string(),
  fromVersion: Version,
  toVersion: Version,
  migrated: z.number().int().nonnegative(),
  /** How many cards went from which old stage to which new one. */
  moves: z.array(z.strictObject({ from: z.string(), to: z.string(), count: z.number().int() })),
});
export type MigrationReport = z.infer<typeof MigrationReport>;
