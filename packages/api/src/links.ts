// Linked work: the cards a card is linked to (the parent that spawned it, the children it
// spawned), with each one's stage named in the caller's language.
import { z } from 'zod';
import { StageCategory, type LinkedCard as EngineLinkedCard } from '@stageflow/engine';

export const LinkedCard = z.strictObject({
  id: z.string(),
  title: z.string(),
  /** The linked card's workflow key and its name in the caller's language. */
  workflow: z.string(),
  workflowName: z.string(),
  stage: z.string(),
  stageLabel: z.string(),
  category: StageCategory,
  relation: z.enum(['parent', 'child']),
}) satisfies z.ZodType<EngineLinkedCard>;
export type LinkedCard = z.infer<typeof LinkedCard>;

/** GET /api/cards/:id/links: parents first, then children, oldest link first. */
export const CardLinks = z.strictObject({ links: z.array(LinkedCard) });
export type CardLinks = z.infer<typeof CardLinks>;
