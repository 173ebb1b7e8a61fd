// One SSE client: backfill from the table after Last-Event-ID, then live batches from the shared
// poller, never sending a seq twice or out of order; a comment line as heartbeat.
import type { Kysely } from 'kysely';
import type { SSEStreamingApi } from 'hono/streaming';
import type { Database } from '../db/schema.ts';
import { readChangesAfter, type ChangeEvent } from './change-feed.ts';
import type { ChangePoller } from './change-poller.ts';
import { canReadChange, type Reader } from './visibility.ts';

/** A client this far behind is dropped; it reconnects with Last-Event-ID and backfills. */
const MAX_QUEUE = 20_000;
const BACKFILL_PAGE = 500;

export interface SessionOptions {
  db: Kysely<Database>;
  poller: ChangePoller;
  reader: Reader;
  /** Resume after this seq; undefined = only changes from now on. */
  after: number | undefined;
  heartbeatMs: number;
  /**
   * Whether the stream's credential still signs its user in. Asked at every heartbeat and when
   * `onAccessChange` reports the user; the stream ends once it says no.
   */
  stillAllowed?: () => Promise<boolean>;
  /** Subscribes to access changes of users (sign-out, revoked token, disabled); returns unsubscribe. */
  onAccessChange?: (listener: (userId: string) => void) => () => void;
}

export async function streamChanges(
  stream: SSEStreamingApi,
  options: SessionOptions,
): Promise<void> {
  const queue: ChangeEvent[] = [];
  let wake: (() => void) | null = null;
  const subscription = await options.poller.subscribe((events) => {
    queue.push(...events);
    wake?.();
  });
  stream.onAbort(() => wake?.());
  let recheck = false;
  const stopWatching = options.onAccessChange?.((userId) => {
    if (userId !== options.reader.id) return;
    recheck = true;
    wake?.();
  });
  // Asked again at least once a heartbeat even when changes keep the stream busy.
  let checkedAt = performance.now();
  const allowed = async () => {
    recheck = false;
    checkedAt = performance.now();
    return options.stillAllowed ? options.stillAllowed() : true;
  };
  let cursor = options.after ?? subscription.position;

  const send = async (event: ChangeEvent) => {
    if (event.seq <= cursor) return;
    cursor = event.seq;
    if (!canReadChange(options.reader, event)) return;
    await stream.writeSSE({
      id: String(event.seq),
      event: event.kind,
      data: JSON.stringify(event),
    });
  };

  try {
    // `ready` carries the position the stream starts from as its id, so a client that reconnects
    // before any change arrived still resumes from here (EventSource keeps the last id it saw).
    await stream.writeSSE({
      id: String(cursor),
      event: 'ready',
      data: JSON.stringify({ seq: cursor }),
    });
    if (options.after !== undefined) {
      for (;;) {
        const page = await readChangesAfter(options.db, cursor, BACKFILL_PAGE);
        for (const event of page) await send(event);
        if (page.length < BACKFILL_PAGE || stream.aborted) break;
      }
    }
    while (!stream.aborted && !stream.closed) {
      if (queue.length > MAX_QUEUE) break;
      if (recheck || performance.now() - checkedAt >= options.heartbeatMs) {
        if (!(await allowed())) break;
      }
      const next = queue.shift();
      if (next) {
        await send(next);
        continue;
      }
      const woke = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), options.heartbeatMs);
        wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
      wake = null;
      if (woke) continue;
      if (!(await allowed())) break;
      await stream.write(': heartbeat\n\n');
    }
  } finally {
    stopWatching?.();
    subscription.unsubscribe();
  }
}
