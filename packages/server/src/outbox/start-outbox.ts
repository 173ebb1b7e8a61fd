// The process's outbox worker, with a handler for each kind this server can deliver.
import type { ServerConfig } from '../config.ts';
import type { Store } from '../db/database.ts';
import { relayChanges } from '../webhooks/webhook-relay.ts';
import { webhookHandler } from '../webhooks/webhook-sender.ts';
import { emailHandler } from './email-sender.ts';
import { OutboxWorker, type OutboxWorkerOptions } from './outbox-worker.ts';
import { pruneOutbox } from './outbox.repository.ts';

const DAY_MS = 86_400_000;
/** Sent rows are kept a week (to answer "was it sent?"), given-up ones a month (to look into). */
const KEEP_SENT_MS = 7 * DAY_MS;
const KEEP_DEAD_MS = 30 * DAY_MS;

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
  let lastPrune = 0;
  const prune = async (at: string) => {
    const now = Date.parse(at);
    if (now - lastPrune < 3_600_000) return;
    lastPrune = now;
    await pruneOutbox(store.db, {
      sentBefore: new Date(now - KEEP_SENT_MS).toISOString(),
      deadBefore: new Date(now - KEEP_DEAD_MS).toISOString(),
    });
  };
  const worker = new OutboxWorker(store, {
    handlers,
    relays: [(at) => relayChanges(store, at), prune],
    log,
  });
  worker.start();
  return worker;
}
