// Request shapes for /cards. Objects are strict: nobody can send stage, revision, version or
// snapshot; those only change through the engine.
import { z } from 'zod';
import { DEFINITION_LIMITS, FieldValue } from '@stageflow/engine';

/** PostgreSQL text cannot hold NUL characters: refuse them at the door (400), in every dialect. */
export function text(max: number) {
  return z
    .string()
    .max(max)
    .refine((s) => !s.includes('\u0000'), 'must not contain NUL characters');
}

/** No workflow has more fields than this, so more keys are refused before anyone lists them. */
const MAX_FIELD_KEYS = DEFINITION_LIMITS.fields;

export const FieldsInput = z.record(text(64).min(1), FieldValue).superRefine((fields, ctx) => {
  const count = Object.keys(fields).length;
  if (count > MAX_FIELD_KEYS) {
    ctx.addIssue({
      code: 'custom',
      message: `At most ${MAX_FIELD_KEYS} fields can be sent at once (got ${count}).`,
    });
    return;
  }
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string' && value.includes('\u0000')) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'must not contain NUL characters' });
    }
  }
});

const Title = text(200).trim().min(1, 'A card needs a title.');
const UserId = text(100).min(1);

export const NewCardBody = z
  .object({
    workflow: text(64).min(1),
    title: Title,
    fields: FieldsInput.optional(),
    assignee: UserId.nullable().optional(),
  })
  .strict();

export const PositionBody = z
  .object({
    after: UserId.nullable().optional(),
    before: UserId.nullable().optional(),
  })
  .strict();

export const PatchCardBody = z
  .object({
    title: Title.optional(),
    fields: FieldsInput.optional(),
    assignee: UserId.nullable().optional(),
    position: PositionBody.optional(),
  })
  .strict();

export const TransitionBody = z
  .object({
    event: text(64).min(1),
    fields: FieldsInput.optional(),
  })
  .strict();

export const CardListQuery = z
  .object({
    workflow: text(64).min(1).optional(),
    stage: text(64).min(1).optional(),
    q: text(200).optional(),
    assignee: text(100).min(1).optional(),
    overdue: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    cursor: text(500).min(1).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
