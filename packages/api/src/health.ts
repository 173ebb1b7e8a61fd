import { z } from 'zod';

/** GET /healthz. */
export const Health = z.strictObject({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
});
