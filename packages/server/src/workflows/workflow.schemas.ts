// Request shapes for /workflows. A definition body is checked by the engine's `validate` (which
// reports every problem with its JSON path), so it enters as any JSON object.
import { z } from 'zod';

export const DefinitionBody = z.record(z.string(), z.unknown());

export const MigrationBody = z
  .object({
    fromVersion: z.number().int().positive(),
    toVersion: z.number().int().positive(),
    stageMap: z.record(z.string().min(1).max(64), z.string().min(1).max(64)).optional(),
  })
  .strict();

export const VersionParam = z.coerce.number().int().positive();
