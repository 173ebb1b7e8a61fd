// Card attachments (GET/POST /api/cards/:id/attachments, DELETE /api/attachments/:id, and the
// `attachment.added` / `attachment.deleted` changes).
import { z } from 'zod';
import { Timestamp } from './time.ts';

export const Attachment = z.strictObject({
  id: z.string(),
  cardId: z.string(),
  uploaderId: z.string(),
  fileName: z.string(),
  /** The type read from the bytes. */
  contentType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string(),
  createdAt: Timestamp,
  /** A deleted attachment keeps its record (the card's history names it); its bytes are gone. */
  deletedAt: Timestamp.nullable(),
  deletedBy: z.string().nullable(),
  /** Where the bytes are served. */
  url: z.string(),
});
export type Attachment = z.infer<typeof Attachment>;

/** GET /api/cards/:id/attachments: oldest first, deleted ones too. */
export const AttachmentList = z.strictObject({ attachments: z.array(Attachment) });
