// The webhook operations as the OpenAPI document shows them.
import { CreatedWebhook, Webhook, WebhookList } from '@stageflow/api';
import { registerOperation } from '../http/openapi-registry.ts';
import { NewWebhookBody, PatchWebhookBody } from './webhook.schemas.ts';

const tags = ['Webhooks'];
const admin = ['admin'] as const;

export function registerWebhookOperations(): void {
  registerOperation({
    method: 'get',
    path: '/api/webhooks',
    summary: 'Webhooks (secrets are never shown again)',
    tags,
    auth: admin,
    responses: { 200: { description: 'Every webhook', schema: WebhookList } },
  });
  registerOperation({
    method: 'post',
    path: '/api/webhooks',
    summary: 'Add a webhook',
    description:
      'Each change of a chosen kind is POSTed as JSON `{ id, type, data }` with headers Stageflow-Event, Stageflow-Delivery (the same on retries) and Stageflow-Signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>`. A non-2xx answer is retried with exponential backoff (about 5 s, 10 s, 20 s, … up to an hour, 8 attempts). Only changes after the first webhook was created are sent.',
    tags,
    auth: admin,
    body: NewWebhookBody,
    responses: {
      201: { description: 'The webhook with its secret (shown this once)', schema: CreatedWebhook },
      400: { description: 'Bad URL, unknown event kind, short secret' },
    },
  });
  registerOperation({
    method: 'patch',
    path: '/api/webhooks/:id',
    summary: 'Change a webhook’s URL or events, or switch it off and on',
    tags,
    auth: admin,
    body: PatchWebhookBody,
    responses: {
      200: { description: 'The webhook', schema: Webhook },
      404: { description: 'No such webhook' },
    },
  });
  registerOperation({
    method: 'delete',
    path: '/api/webhooks/:id',
    summary: 'Delete a webhook (pending deliveries to it are dropped)',
    tags,
    auth: admin,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'No such webhook' } },
  });
}
