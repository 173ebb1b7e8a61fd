// Turns changes into webhook deliveries: reads the change feed after the relay's cursor, enqueues
// one outbox row per (change, subscribed webhook) and moves the cursor, all in one write
// transaction. Any number of processes may run it: the transaction takes the relay's named lock
// (writeTransaction `locks`; SQLite writers are serial anyway), so each change is enqueued once. Card writers pay nothing for webhooks.
import type { Store } from '../db/database.ts';
import { flushChangeOutbox } from '../db/change-outbox.ts';
import { writeTransaction } from '../db/transaction.ts';
import { latestSeq, readChangesAfter } from '../events/change-feed.ts';
import { enqueue } from '../outbox/outbox.repository.ts';
import { listWebhookRows, readCursor, WEBHOOK_CURSOR, writeCursor } from './webhook.repository.ts';

const PAGE = 200;

/** Relays one page of changes; returns how many deliveries were enqueued. */
export async function relayChanges(store: Store, at: string): Promise<number> {
  // Changes committed on PostgreSQL are numbered just after their commit; number them first, so a
  // change whose writer died before its own flush is relayed too (and a relay right after a
  // write sees it).
  await flushChangeOutbox(store);
  // Cheap check outside the write lock: nothing new, or no webhook was ever created.
  const cursor = await readCursor(store.db, WEBHOOK_CURSOR);
  if (cursor === undefined || (await latestSeq(store.db)) <= cursor) return 0;
  return writeTransaction(
    store,
    async (trx) => {
      const from = (await readCursor(trx, WEBHOOK_CURSOR)) ?? 0;
      const changes = await readChangesAfter(trx, from, PAGE);
      const last = changes[changes.length - 1];
      if (!last) return 0;
      const hooks = (await listWebhookRows(trx)).filter((h) => Number(h.active) === 1);
      let enqueued = 0;
      for (const change of changes) {
        // Changes addressed to one person (notifications) stay private.
        if (typeof change.recipientId === 'string') continue;
        for (const hook of hooks) {
          if (!(JSON.parse(hook.events) as string[]).includes(change.kind)) continue;
          await enqueue(trx, 'webhook', { webhookId: hook.id, event: change }, at);
          enqueued += 1;
        }
      }
      await writeCursor(trx, WEBHOOK_CURSOR, last.seq);
      return enqueued;
    },
    { locks: [`feed-cursor:${WEBHOOK_CURSOR}`] },
  );
}
