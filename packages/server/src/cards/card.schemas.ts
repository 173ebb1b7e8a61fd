// Request shapes for /cards. Objects are strict: nobody can send stage, revision, version or
// snapshot; those only change through the engine.
import { z } from 'zod';
import { FieldValue } from '@stageflow/engine';

export const FieldsInput = z.record(z.string().min(1).max(64), FieldValue);

const Title = z.string().trim().min(1, 'A card needs a title.').max(200);
const UserId = z.string().min(1).max(100);

export const NewCardBody = z
  .object({
    workflow: z.string().min(1).max(64),
    title: Title,
    fields: FieldsInput.optional(),
    assignee: UserId.nullable().optional(),
  })
  .strict();

export const PositionBody = z
  .object({
    after: z.string().min(1).max(100).nullable().optional(),
    before: z.string().min(1).max(100).nullable().optional(),
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
    event: z.string().min(1).max(64),
    fields: FieldsInput.optional(),
  })
  .strict();

export const CardListQuery = z
  .object({
    workflow: z.string().min(1).max(64).optional(),
    stage: z.string().min(1).max(64).optional(),
    q: z.string().max(200).optional(),
    assignee: z.string().min(1).max(100).optional(),
    overdue: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    cursor: z.string().min(1).max(500).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
