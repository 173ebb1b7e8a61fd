// Card comments (GET/POST /api/cards/:id/comments, and the `comment.created` change).
import { z } from 'zod';
import { Timestamp } from './time.ts';

export const Comment = z.strictObject({
  id: z.string(),
  cardId: z.string(),
  authorId: z.string(),
  /** The text as written, "@Name" mentions included. */
  body: z.string(),
  /** The user ids the author picked from the directory. */
  mentions: z.array(z.string()),
  createdAt: Timestamp,
});
export type Comment = z.infer<typeof Comment>;

/** GET /api/cards/:id/comments: oldest first. */
export const CommentList = z.strictObject({ comments: z.array(Comment) });
