// Webhooks (admins): GET/POST /api/webhooks, PATCH /api/webhooks/:id.
import { z } from 'zod';
import { Timestamp } from './time.ts';

export const Webhook = z.strictObject({
  id: z.string(),
  url: z.string(),
  /** The change kinds POSTed to it. */
  events: z.array(z.string()),
  active: z.boolean(),
  createdBy: z.string(),
  createdAt: Timestamp,
});
export type Webhook = z.infer<typeof Webhook>;

export const WebhookList = z.strictObject({ webhooks: z.array(Webhook) });

/** POST /api/webhooks: the secret is shown this once. */
export const CreatedWebhook = z.strictObject({ ...Webhook.shape, secret: z.string() });
