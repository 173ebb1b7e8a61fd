// The process's outbox worker, with a handler for each kind this server can deliver.
import type { ServerConfig } from '../config.ts';
import type { Store } from '../db/database.ts';
import { relayChanges } from '../webhooks/webhook-relay.ts';
import { webhookHandler } from '../webhooks/webhook-sender.ts';
import { emailHandler } from './email-sender.ts';
import { OutboxWorker, type OutboxWorkerOptions } from './outbox-worker.ts';

export function startOutbox(
  store: Store,
  config: Pick<ServerConfig, 'smtpUrl' | 'mailFrom' | 'publicUrl'>,
  log: (line: string) => void,
): OutboxWorker {
  const handlers: OutboxWorkerOptions['handlers'] = { webhook: webhookHandler(store) };
  if (config.smtpUrl) {
    handlers.email = emailHandler({
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      publicUrl: config.publicUrl,
    });
  }
  const worker = new OutboxWorker(store, {
    handlers,
    relays: [(at) => relayChanges(store, at)],
    log,
  });
  worker.start();
  return worker;
}
