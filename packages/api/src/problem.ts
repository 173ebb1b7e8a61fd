// RFC 9457 problem+json: every refusal the server sends. The members past `detail` appear when
// they apply (a field, the engine's reasons, a refused move's stage and moves, a definition's
// problems), so a client can show each in words next to what it concerns.
import { z } from 'zod';
import { Move } from './cards.ts';
import { Problem as DefinitionProblem } from './workflows.ts';

export const FieldError = z.strictObject({
  field: z.string(),
  message: z.string(),
  missing: z.literal(true).optional(),
});
export type FieldError = z.infer<typeof FieldError>;

/** A bad row of an imported CSV file: its line (the header is line 1) and column. */
export const CsvRowError = z.strictObject({
  line: z.number().int().positive(),
  column: z.string().nullable(),
  message: z.string(),
});
export type CsvRowError = z.infer<typeof CsvRowError>;

export const ProblemDocument = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  /** One sentence for the person. */
  detail: z.string(),
  code: z.string(),
  /** The path that was asked for. */
  instance: z.string().optional(),
  /** The request member it concerns. */
  field: z.string().optional(),
  /** Per-field messages (invalid or missing field values), or per row of a CSV import. */
  errors: z.array(z.union([FieldError, CsvRowError])).optional(),
  /** The engine's rejection code and every reason it gave. */
  reason: z.string().optional(),
  reasons: z.array(z.string()).optional(),
  missing: z.array(z.string()).optional(),
  /** A refused move: where the card is now and the moves it has from there. */
  currentStage: z.string().optional(),
  moves: z.array(Move).optional(),
  currentRevision: z.number().int().optional(),
  /** A definition that cannot be published: each problem with its JSON path. */
  problems: z.array(DefinitionProblem).optional(),
});
export type ProblemDocument = z.infer<typeof ProblemDocument>;
