// Request shapes for the inbox and the preferences.
import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../db/schema.ts';

export const InboxQuery = z
  .object({
    unread: z.enum(['true', 'false']).optional(),
    limit: z.coerce.number().int().min(1).max(100).optional(),
    before: z.iso.datetime().optional(),
  })
  .strict();

export const PreferencesBody = z
  .object({
    preferences: z
      .array(
        z
          .object({ kind: z.enum(NOTIFICATION_KINDS), inApp: z.boolean(), email: z.boolean() })
          .strict(),
      )
      .max(NOTIFICATION_KINDS.length),
  })
  .strict();
