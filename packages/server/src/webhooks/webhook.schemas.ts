// Request shapes for /webhooks.
import { z } from 'zod';

/** The change kinds a webhook may receive; notifications are private and never leave. */
export const WEBHOOK_EVENTS = [
  'card.created',
  'card.moved',
  'card.updated',
  'comment.created',
  'attachment.added',
  'attachment.deleted',
  'workflow.published',
  'cards.migrated',
] as const;

const Url = z.url({ protocol: /^https?$/, error: 'Use an http:// or https:// address.' }).max(2000);
const Events = z.array(z.enum(WEBHOOK_EVENTS)).min(1, 'Pick at least one event.');

export const NewWebhookBody = z.strictObject({
  url: Url,
  events: Events,
  /** Leave out to have one generated (returned once). */
  secret: z.string().min(16, 'Use a secret of at least 16 characters.').max(200).optional(),
});

export const PatchWebhookBody = z
  .strictObject({ url: Url.optional(), events: Events.optional(), active: z.boolean().optional() })
  .refine((b) => Object.keys(b).length > 0, {
    message: 'Send at least one of url, events, active.',
  });
