// Issue 8: open event streams kept receiving changes after sign-out, token revocation or the
// user being disabled, and one session could hold thousands of them.
import { expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { addUser, bearer, send, signIn, testApp, type Caller } from '../../test/helpers/app.ts';
import { eachStore } from '../../test/helpers/stores.ts';
import { createCard } from '../cards/card.service.ts';
import { installTicketWorkflow, manager, T0, insertUsers } from '../../test/helpers/fixtures.ts';
import { sseClient } from '../../test/helpers/sse-client.ts';

eachStore('event streams and access', (t) => {
  async function open(app: Hono<AppEnv>, caller: Caller) {
    const res = await app.request('/api/events', { headers: caller.headers });
    const client = sseClient(res);
    if (res.status === 200) await client.ready();
    return client;
  }
  const newCard = () =>
    createCard(
      t.store,
      manager,
      { workflow: 'ticket', title: 'x', fields: { customer: 'A' } },
      { at: T0 },
    );

  async function setup(events: { heartbeatMs?: number; maxStreamsPerSession?: number } = {}) {
    await insertUsers(t.store);
    await installTicketWorkflow(t.store);
    // A long heartbeat: ending at once must not wait for it.
    const app = testApp(t.store, {
      events: { poller: { intervalMs: 25 }, heartbeatMs: 60_000, ...events },
    });
    return app;
  }

  it('ends the stream of a session that signs out, and sends it nothing more', async () => {
    const app = await setup();
    const user = await addUser(t.store, 'viewer');
    const caller = await signIn(app, user);
    const client = await open(app, caller);
    await newCard();
    await client.waitFor(1);
    expect((await send(app, 'DELETE', '/api/session', { as: caller })).status).toBe(204);
    expect(await client.ended()).toBe(true);
    await newCard();
    expect(await client.settle(150)).toHaveLength(1);
  });

  it('keeps the streams of the same user’s other sessions open', async () => {
    const app = await setup();
    const user = await addUser(t.store, 'viewer');
    const laptop = await signIn(app, user);
    const phone = await signIn(app, user);
    const stays = await open(app, phone);
    await send(app, 'DELETE', '/api/session', { as: laptop });
    await newCard();
    expect(await stays.waitFor(1)).toHaveLength(1);
    await stays.close();
  });

  it('ends the stream of a revoked API token', async () => {
    const app = await setup();
    const user = await addUser(t.store, 'manager');
    const session = await signIn(app, user);
    const script = await bearer(app, session);
    const client = await open(app, script);
    const [token] = (await send(app, 'GET', '/api/tokens', { as: session })).json as {
      id: string;
    }[];
    expect((await send(app, 'DELETE', `/api/tokens/${token!.id}`, { as: session })).status).toBe(
      204,
    );
    expect(await client.ended()).toBe(true);
  });

  it('ends every stream of a user an admin disables', async () => {
    const app = await setup();
    const admin = await signIn(app, await addUser(t.store, 'admin'));
    const user = await addUser(t.store, 'viewer');
    const client = await open(app, await signIn(app, user));
    const res = await send(app, 'PATCH', `/api/users/${user.id}`, {
      as: admin,
      body: { disabled: true },
    });
    expect(res.status).toBe(200);
    expect(await client.ended()).toBe(true);
  });

  it('ends it at the next heartbeat when another process disabled the user', async () => {
    const app = await setup({ heartbeatMs: 100 });
    const other = testApp(t.store); // another server process on the same database
    const admin = await signIn(other, await addUser(t.store, 'admin'));
    const user = await addUser(t.store, 'viewer');
    const client = await open(app, await signIn(app, user));
    await send(other, 'PATCH', `/api/users/${user.id}`, { as: admin, body: { disabled: true } });
    expect(await client.ended(2_000)).toBe(true);
    expect(client.comments).not.toContain('heartbeat');
  });

  it('refuses an eleventh stream of one session with 429, and allows one again after a close', async () => {
    const app = await setup();
    const caller = await signIn(app, await addUser(t.store, 'viewer'));
    const clients = await Promise.all(Array.from({ length: 10 }, () => open(app, caller)));
    expect(clients.every((c) => c.status === 200)).toBe(true);
    const refused = await app.request('/api/events', { headers: caller.headers });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(refused.headers.get('retry-after')).toBe('5');
    // Another session of someone else is not affected.
    const stranger = await open(app, await signIn(app, await addUser(t.store, 'viewer')));
    expect(stranger.status).toBe(200);
    await clients[0]!.close();
    await new Promise((r) => setTimeout(r, 50));
    const again = await open(app, caller);
    expect(again.status).toBe(200);
    await Promise.all([...clients, stranger, again].map((c) => c.close()));
  });
});
