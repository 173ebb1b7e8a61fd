// GET /events — the change feed as Server-Sent Events. `id:` is the change's seq; a client that
// reconnects with Last-Event-ID (or ?lastEventId=) gets every later change once, in order.
import { Hono } from 'hono';
import { ChangeEvent } from '@stageflow/api';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../app-env.ts';
import type { Store } from '../db/database.ts';
import { systemClock, type Clock } from '../cards/engine-ctx.ts';
import { onAccessChange } from '../auth/access-changes.ts';
import { credentialKey, credentialOf, stillSignedIn } from '../auth/credential.ts';
import { requireUser } from '../auth/middleware.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { registerOperation } from '../http/openapi-registry.ts';
import { changePollerFor, type ChangePollerOptions } from './change-poller.ts';
import { streamChanges } from './sse-session.ts';
import { DEFAULT_MAX_STREAMS_PER_SESSION, StreamLimit } from './stream-limit.ts';

function resumeFrom(header: string | undefined, query: string | undefined): number | undefined {
  const raw = header ?? query;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,15}$/.test(raw.trim())) {
    throw new HttpProblem(400, 'invalid-last-event-id', say('http.badLastEventId'), {
      field: 'Last-Event-ID',
    });
  }
  return Number(raw.trim());
}

export interface EventsRoutesDeps {
  store: Store;
  poller?: ChangePollerOptions;
  heartbeatMs?: number;
  /** Live streams one session or API token may hold open in this process (default 10). */
  maxStreamsPerSession?: number;
  /** createApp's clock (sessions expire by it). */
  now?: Clock;
}

export function eventsRoutes(deps: EventsRoutesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const now = deps.now ?? systemClock;
  const limit = new StreamLimit(deps.maxStreamsPerSession ?? DEFAULT_MAX_STREAMS_PER_SESSION);
  registerOperation({
    method: 'get',
    path: '/api/events',
    summary: 'Live changes (Server-Sent Events)',
    description:
      '`event:` is the kind (card.created, card.moved, card.updated, workflow.published, cards.migrated), `id:` the change number, `data:` JSON with the compact card for card events. Resume with Last-Event-ID or ?lastEventId=. A comment line every 15 s keeps the connection alive. The stream ends when its session is signed out, its token revoked or its user disabled.',
    tags: ['Live'],
    auth: 'user',
    headers: { 'Last-Event-ID': 'Resume after this change number.' },
    responses: {
      200: {
        description: 'Event stream; each `data:` is one change',
        contentType: 'text/event-stream',
        schema: ChangeEvent,
      },
      429: { description: `This session already has ${limit.maxPerKey} streams open` },
    },
  });
  app.use('/events', requireUser);
  app.get('/events', async (c) => {
    const after = resumeFrom(c.req.header('last-event-id'), c.req.query('lastEventId'));
    const poller = changePollerFor(deps.store, deps.poller);
    const user = c.get('user');
    // requireUser passed, so the request carries a credential that signs someone in.
    const credential = credentialOf(c)!;
    const release = limit.acquire(credentialKey(credential));
    try {
      return streamSSE(c, async (stream) => {
        try {
          await streamChanges(stream, {
            db: deps.store.db,
            poller,
            reader: user,
            after,
            heartbeatMs: deps.heartbeatMs ?? 15_000,
            stillAllowed: () => stillSignedIn(deps.store, credential, now()),
            onAccessChange: (listener) => onAccessChange(deps.store, listener),
          });
        } finally {
          release();
        }
      });
    } catch (err) {
      release();
      throw err;
    }
  });
  return app;
}
