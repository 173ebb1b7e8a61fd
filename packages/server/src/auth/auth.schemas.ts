import { z } from 'zod';
import { LOCALES } from '@stageflow/engine';

export const LoginBody = z.strictObject({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

export const PatchMeBody = z.strictObject({
  locale: z
    .enum(LOCALES)
    .nullable()
    .describe('"en" or "ko"; null to follow the browser (Accept-Language).'),
});

export const CreateTokenBody = z.strictObject({ name: z.string().trim().min(1).max(100) });
