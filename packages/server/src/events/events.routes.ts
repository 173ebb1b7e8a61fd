// GET /events — the change feed as Server-Sent Events. `id:` is the change's seq; a client that
// reconnects with Last-Event-ID (or ?lastEventId=) gets every later change once, in order.
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../app-env.ts';
import type { Store } from '../db/database.ts';
import { requireUser } from '../auth/middleware.ts';
import { HttpProblem } from '../http/problem.ts';
import { registerOperation } from '../http/openapi-registry.ts';
import { changePollerFor, type ChangePollerOptions } from './change-poller.ts';
import { streamChanges } from './sse-session.ts';

function resumeFrom(header: string | undefined, query: string | undefined): number | undefined {
  const raw = header ?? query;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,15}$/.test(raw.trim())) {
    throw new HttpProblem(400, 'invalid-last-event-id', 'Last-Event-ID must be a change number.', {
      field: 'Last-Event-ID',
    });
  }
  return Number(raw.trim());
}

export interface EventsRoutesDeps {
  store: Store;
  poller?: ChangePollerOptions;
  heartbeatMs?: number;
}

export function eventsRoutes(deps: EventsRoutesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  registerOperation({
    method: 'get',
    path: '/api/events',
    summary: 'Live changes (Server-Sent Events)',
    description:
      '`event:` is the kind (card.created, card.moved, card.updated, workflow.published, cards.migrated), `id:` the change number, `data:` JSON with the compact card for card events. Resume with Last-Event-ID or ?lastEventId=. A comment line every 15 s keeps the connection alive.',
    tags: ['Live'],
    auth: 'user',
    headers: { 'Last-Event-ID': 'Resume after this change number.' },
    responses: { 200: { description: 'Event stream', contentType: 'text/event-stream' } },
  });
  app.use('/events', requireUser);
  app.get('/events', async (c) => {
    const after = resumeFrom(c.req.header('last-event-id'), c.req.query('lastEventId'));
    const poller = changePollerFor(deps.store, deps.poller);
    const user = c.get('user');
    return streamSSE(c, (stream) =>
      streamChanges(stream, {
        db: deps.store.db,
        poller,
        reader: user,
        after,
        heartbeatMs: deps.heartbeatMs ?? 15_000,
      }),
    );
  });
  return app;
}
