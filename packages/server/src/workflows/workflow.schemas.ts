// Request shapes for /workflows. A definition body is checked by the engine's `validate` (which
// reports every problem with its JSON path), so it enters as any JSON object.
import { z } from 'zod';

export const DefinitionBody = z.record(z.string(), z.unknown());

/** Versions are 32-bit integers in the database. */
const Version = z.number().int().positive().max(2_147_483_647);

export const MigrationBody = z
  .object({
    fromVersion: Version,
    toVersion: Version,
    stageMap: z.record(z.string().min(1).max(64), z.string().min(1).max(64)).optional(),
  })
  .strict();

export const VersionParam = z.coerce.number().pipe(Version);
