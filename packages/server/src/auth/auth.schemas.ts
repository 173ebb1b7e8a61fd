import { z } from 'zod';
import { LOCALES } from '@stageflow/engine';
import { ROLES } from '../db/schema.ts';

export const LoginBody = z.strictObject({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

export const UserView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  locale: z
    .enum(LOCALES)
    .nullable()
    .describe(
      'The language chosen for the board and problem details; null follows Accept-Language.',
    ),
});

export const SessionView = z.object({ user: UserView, expiresAt: z.string() });

export const PatchMeBody = z.strictObject({
  locale: z
    .enum(LOCALES)
    .nullable()
    .describe('"en" or "ko"; null to follow the browser (Accept-Language).'),
});

export const CreateTokenBody = z.strictObject({ name: z.string().trim().min(1).max(100) });

export const TokenInfoView = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});

export const CreatedTokenView = TokenInfoView.extend({
  token: z.string().describe('Shown once. Send as `Authorization: Bearer <token>`.'),
});
