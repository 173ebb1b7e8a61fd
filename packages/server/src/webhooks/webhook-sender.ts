// Delivers one webhook call: POST JSON, signed with HMAC-SHA256 over "<timestamp>.<body>" with the
// webhook's secret (Stageflow-Signature: t=<unix seconds>,v1=<hex>), so the receiver can check both
// who sent it and that it is fresh. Anything but a 2xx answer is a failure the outbox retries.
import { createHmac } from 'node:crypto';
import type { Store } from '../db/database.ts';
import type { OutboxHandler } from '../outbox/outbox-worker.ts';
import { findWebhook } from './webhook.repository.ts';

export const SIGNATURE_HEADER = 'Stageflow-Signature';

export function signature(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

export function webhookHandler(
  store: Store,
  options: { timeoutMs?: number; now?: () => Date } = {},
): OutboxHandler {
  const now = options.now ?? (() => new Date());
  return async (row, payload) => {
    const hook = await findWebhook(store.db, String(payload.webhookId));
    // Deleted or switched off since: nothing to deliver.
    if (!hook || Number(hook.active) !== 1) return;
    const event = payload.event as { kind: string; seq: number };
    const body = JSON.stringify({ id: row.id, type: event.kind, data: event });
    const timestamp = Math.floor(now().getTime() / 1000);
    const res = await fetch(hook.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Stageflow-Webhooks',
        'Stageflow-Delivery': row.id,
        'Stageflow-Event': event.kind,
        [SIGNATURE_HEADER]: signature(hook.secret, timestamp, body),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    await res.body?.cancel();
    if (res.status < 200 || res.status >= 300) {
      throw new Error(`${hook.url} answered ${res.status}`);
    }
  };
}
