// Webhooks end to end: admin configures one, changes are relayed from the feed into the outbox,
// the worker POSTs them signed to a real HTTP server on 127.0.0.1, retrying a failed answer.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { call, domainTestApp } from '../../test/helpers/domain-app.ts';
import { admin, installTicketWorkflow, manager, viewer } from '../../test/helpers/fixtures.ts';
import { OutboxWorker } from '../outbox/outbox-worker.ts';
import { relayChanges } from './webhook-relay.ts';
import { webhookHandler } from './webhook-sender.ts';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

interface Receiver {
  url: string;
  received: Received[];
  /** Statuses to answer with, first to last; 204 once it is empty. */
  answers: number[];
  close(): Promise<void>;
}

async function httpReceiver(): Promise<Receiver> {
  const receiver = { received: [] as Received[], answers: [] as number[] } as Receiver;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      receiver.received.push({ headers: req.headers, body });
      res.statusCode = receiver.answers.shift() ?? 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/stageflow`;
  receiver.close = () => new Promise((resolve) => server.close(() => resolve()));
  return receiver;
}

/** What a receiver does: recompute the HMAC over "<t>.<body>" and compare in constant time. */
function verified(secret: string, header: string | undefined, body: string): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(`${match[1]}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(match[2]!, 'hex'));
}

eachStore('webhooks', (t) => {
  let receiver: Receiver;
  beforeEach(async () => {
    receiver = await httpReceiver();
  });
  afterEach(() => receiver.close());

  async function setup() {
    await installTicketWorkflow(t.store);
    const app = await domainTestApp(t.store);
    let clock = new Date('2026-12-01T10:00:00.000Z');
    const worker = new OutboxWorker(t.store, {
      handlers: { webhook: webhookHandler(t.store, { now: () => clock }) },
      relays: [(at) => relayChanges(t.store, at)],
      now: () => clock,
      baseDelayMs: 1000,
      log: () => undefined,
    });
    const newCard = async () =>
      (
        await call(app, 'POST', '/api/cards', {
          as: manager,
          body: { workflow: 'ticket', title: 'Pump', fields: { customer: 'A' } },
        })
      ).json.id as string;
    return {
      app,
      worker,
      newCard,
      advance: (ms: number) => (clock = new Date(clock.getTime() + ms)),
    };
  }

  it('admins manage webhooks; the secret is shown once; bad input is refused', async () => {
    const { app } = await setup();
    const body = { url: receiver.url, events: ['card.moved'] };
    expect((await call(app, 'POST', '/api/webhooks', { as: manager, body })).status).toBe(403);
    const created = await call(app, 'POST', '/api/webhooks', { as: admin, body });
    expect(created.status).toBe(201);
    expect(created.json.secret.length).toBeGreaterThanOrEqual(40);
    const list = await call(app, 'GET', '/api/webhooks', { as: admin });
    expect(list.json.webhooks).toEqual([
      expect.objectContaining({ id: created.json.id, events: ['card.moved'], active: true }),
    ]);
    expect(list.json.webhooks[0].secret).toBeUndefined();
    for (const bad of [
      { url: 'ftp://example.test/x', events: ['card.moved'] },
      { url: receiver.url, events: ['notification.created'] },
      { url: receiver.url, events: [] },
      { url: receiver.url, events: ['card.moved'], secret: 'short' },
    ]) {
      expect((await call(app, 'POST', '/api/webhooks', { as: admin, body: bad })).status).toBe(400);
    }
    const off = await call(app, 'PATCH', `/api/webhooks/${created.json.id}`, {
      as: admin,
      body: { active: false },
    });
    expect(off.json.active).toBe(false);
    expect(
      (await call(app, 'DELETE', `/api/webhooks/${created.json.id}`, { as: admin })).status,
    ).toBe(204);
    expect(
      (await call(app, 'DELETE', `/api/webhooks/${created.json.id}`, { as: admin })).status,
    ).toBe(404);
  });

  it('POSTs the chosen changes after it was created, signed with HMAC-SHA256; never notifications', async () => {
    const { app, worker, newCard } = await setup();
    await newCard(); // before the webhook: not sent
    const { json: hook } = await call(app, 'POST', '/api/webhooks', {
      as: admin,
      body: { url: receiver.url, events: ['card.moved', 'comment.created'] },
    });
    const id = await newCard();
    await call(app, 'POST', `/api/cards/${id}/transitions`, {
      as: manager,
      body: { event: 'start' },
      headers: { 'if-match': '"1"' },
    });
    await call(app, 'POST', `/api/cards/${id}/comments`, {
      as: manager,
      body: { body: '@Vic Viewer look', mentions: [viewer.id] },
    });
    expect(await worker.runOnce()).toBe(2);
    const bodies = receiver.received.map((r) => JSON.parse(r.body));
    expect(bodies.map((b) => b.type)).toEqual(['card.moved', 'comment.created']);
    expect(bodies[0].data).toMatchObject({
      kind: 'card.moved',
      cardId: id,
      from: 'todo',
      to: 'doing',
    });
    for (const r of receiver.received) {
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['stageflow-delivery']).toBe(JSON.parse(r.body).id);
      expect(verified(hook.secret, r.headers['stageflow-signature'] as string, r.body)).toBe(true);
      expect(
        verified('another-secret-value', r.headers['stageflow-signature'] as string, r.body),
      ).toBe(false);
    }
    expect(await worker.runOnce()).toBe(0);
    expect(receiver.received).toHaveLength(2);
  });

  it('retries a failed delivery with backoff under the same delivery id', async () => {
    const { app, worker, newCard, advance } = await setup();
    await call(app, 'POST', '/api/webhooks', {
      as: admin,
      body: { url: receiver.url, events: ['card.created'] },
    });
    receiver.answers = [500, 503];
    await newCard();
    expect(await worker.runOnce()).toBe(0);
    expect(await worker.runOnce()).toBe(0); // not due yet
    advance(1000);
    expect(await worker.runOnce()).toBe(0);
    advance(2000);
    expect(await worker.runOnce()).toBe(1);
    expect(receiver.received).toHaveLength(3);
    expect(new Set(receiver.received.map((r) => r.headers['stageflow-delivery'])).size).toBe(1);
    const [row] = await t.store.db.selectFrom('outbox').selectAll().execute();
    expect(row).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('relays each change once when several relays run at once', async () => {
    const { app, newCard } = await setup();
    await call(app, 'POST', '/api/webhooks', {
      as: admin,
      body: { url: receiver.url, events: ['card.created'] },
    });
    for (let i = 0; i < 5; i++) await newCard();
    const at = '2026-12-01T10:00:00.000Z';
    const counts = await Promise.all([1, 2, 3].map(() => relayChanges(t.store, at)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5);
    const rows = await t.store.db.selectFrom('outbox').select('kind').execute();
    expect(rows).toHaveLength(5);
  });
});
