import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import type { Store } from '../db/database.ts';
import { createCard } from '../cards/card.service.ts';
import { transitionCard } from '../cards/transition.service.ts';
import type { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { authHeaders, domainTestApp } from '../../test/helpers/domain-app.ts';
import { installTicketWorkflow, manager, T0, viewer } from '../../test/helpers/fixtures.ts';
import { changePollerFor } from './change-poller.ts';
import { sseClient } from '../../test/helpers/sse-client.ts';

async function newCard(store: Store, title: string): Promise<string> {
  const res = await createCard(
    store,
    manager,
    { workflow: 'ticket', title, fields: { customer: 'A' } },
    { at: T0 },
  );
  return (res.body as { id: string }).id;
}

eachStore('/api/events', (t) => {
  async function open(app: Hono<AppEnv>, headers: Record<string, string> = {}) {
    const res = await app.request('/api/events', {
      headers: { ...authHeaders(app, viewer), ...headers },
    });
    const client = sseClient(res);
    if (res.status === 200) await client.ready();
    return client;
  }

  it('streams each change with id = seq, event = kind and the compact card as data', async () => {
    await installTicketWorkflow(t.store);
    const app = await domainTestApp(t.store);
    const client = await open(app);
    expect(client.status).toBe(200);
    expect(client.contentType).toContain('text/event-stream');
    const id = await newCard(t.store, 'Pump');
    await transitionCard(t.store, manager, id, 1, { event: 'start' }, { at: T0 });
    const events = await client.waitFor(2);
    expect(events.map((e) => e.event)).toEqual(['card.created', 'card.moved']);
    expect(Number(events[1]?.id)).toBeGreaterThan(Number(events[0]?.id));
    const moved = JSON.parse(events[1]?.data ?? '{}');
    expect(moved).toMatchObject({
      kind: 'card.moved',
      cardId: id,
      from: 'todo',
      to: 'doing',
      card: { id, stage: 'doing', revision: 2, fields: { customer: 'A' } },
    });
    await client.close();
  });

  it('refuses anonymous clients and a malformed Last-Event-ID', async () => {
    const app = await domainTestApp(t.store);
    expect((await app.request('/api/events')).status).toBe(401);
    const bad = await app.request('/api/events', {
      headers: { ...authHeaders(app, viewer), 'last-event-id': 'abc' },
    });
    expect(bad.status).toBe(400);
  });

  it('a client that disconnects and resumes with Last-Event-ID gets every change exactly once', async () => {
    await installTicketWorkflow(t.store);
    const app = await domainTestApp(t.store);
    const first = await open(app);
    const ids = await Promise.all([newCard(t.store, 'a'), newCard(t.store, 'b')]);
    const seen = await first.waitFor(2);
    const lastId = seen[1]?.id ?? '';
    await first.close();

    // While nobody listens: moves and a new card, written concurrently.
    await Promise.all([
      ...ids.map((id) => transitionCard(t.store, manager, id, 1, { event: 'start' }, { at: T0 })),
      newCard(t.store, 'c'),
    ]);
    const resumed = await open(app, { 'last-event-id': lastId });
    await resumed.waitFor(3);
    // …and while it listens, many concurrent writers.
    const more = await Promise.all(Array.from({ length: 10 }, (_, i) => newCard(t.store, `n${i}`)));
    const events = await resumed.waitFor(13);
    await resumed.settle(150);
    const seqs = events.map((e) => Number(e.id));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(events).toHaveLength(13);
    const all = await t.store.db
      .selectFrom('changes')
      .select('seq')
      .where('seq', '>', Number(lastId))
      .execute();
    expect(seqs).toEqual(all.map((r) => Number(r.seq)).sort((a, b) => a - b));
    const created = events
      .filter((e) => e.event === 'card.created')
      .map((e) => JSON.parse(e.data).cardId);
    expect(created).toEqual(expect.arrayContaining(more));
    await resumed.close();
  });

  it('?lastEventId=0 replays the whole feed', async () => {
    await installTicketWorkflow(t.store);
    await newCard(t.store, 'a');
    const app = await domainTestApp(t.store);
    const res = await app.request('/api/events?lastEventId=0', {
      headers: { ...authHeaders(app, viewer) },
    });
    const client = sseClient(res);
    const events = await client.waitFor(2);
    expect(events.map((e) => e.event)).toEqual(['workflow.published', 'card.created']);
    await client.close();
  });

  it('sends a heartbeat comment while nothing happens', async () => {
    const app = await domainTestApp(t.store, { heartbeatMs: 40 });
    const client = await open(app);
    await client.settle(200);
    expect(client.comments).toContain('heartbeat');
    await client.close();
  });

  it('shares one poller between clients and stops listening when they leave', async () => {
    await installTicketWorkflow(t.store);
    const app = await domainTestApp(t.store);
    const a = await open(app);
    const b = await open(app);
    await newCard(t.store, 'x');
    expect((await a.waitFor(1))[0]?.id).toBe((await b.waitFor(1))[0]?.id);
    const poller = changePollerFor(t.store);
    expect(poller.listenerCount).toBe(2);
    await a.close();
    await b.close();
    await new Promise((r) => setTimeout(r, 100));
    expect(poller.listenerCount).toBe(0);
  });
});

eachStore('/api/events resume points', (t) => {
  it('the ready event carries the starting seq, so a client that saw no change resumes without loss', async () => {
    await installTicketWorkflow(t.store);
    const app = await domainTestApp(t.store);
    const first = sseClient(
      await app.request('/api/events', { headers: { ...authHeaders(app, viewer) } }),
    );
    const start = await first.ready();
    await first.close();
    const id = await newCard(t.store, 'while away');
    const again = sseClient(
      await app.request('/api/events', {
        headers: { ...authHeaders(app, viewer), 'last-event-id': String(start) },
      }),
    );
    const [event] = await again.waitFor(1);
    expect(JSON.parse(event?.data ?? '{}').cardId).toBe(id);
    await again.close();
  });

  it('the board tells where to resume the feed so no change after it is missed', async () => {
    await installTicketWorkflow(t.store);
    const app = await domainTestApp(t.store);
    const board = await app.request('/api/board/ticket', {
      headers: { ...authHeaders(app, viewer) },
    });
    const { lastEventId } = (await board.json()) as { lastEventId: number };
    const id = await newCard(t.store, 'after the board loaded');
    const client = sseClient(
      await app.request(`/api/events?lastEventId=${lastEventId}`, {
        headers: { ...authHeaders(app, viewer) },
      }),
    );
    const [event] = await client.waitFor(1);
    expect(event?.event).toBe('card.created');
    expect(JSON.parse(event?.data ?? '{}').card.id).toBe(id);
    await client.close();
  });
});
