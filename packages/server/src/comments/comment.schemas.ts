// Request shapes for comments. The board sends the ids the author picked from the people
// directory as `mentions`; the body keeps the readable "@Name" text.
import { z } from 'zod';
import { text } from '../cards/card.schemas.ts';

export const MAX_COMMENT_CHARS = 5000;
export const MAX_MENTIONS = 20;

export const NewCommentBody = z
  .object({
    body: text(MAX_COMMENT_CHARS).trim().min(1, 'A comment needs some text.'),
    mentions: z.array(text(100).min(1)).max(MAX_MENTIONS).optional(),
  })
  .strict();
export type NewCommentBody = z.output<typeof NewCommentBody>;
