import { LOCALES } from '@stageflow/engine';
import { z } from 'zod';

export const FormQuery = z.strictObject({
  lang: z.enum(LOCALES).optional().describe("The language of the form; default: the caller's"),
});
