import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { authHeaders, call, domainTestApp } from '../../test/helpers/domain-app.ts';
import { admin, installTicketWorkflow, manager, viewer } from '../../test/helpers/fixtures.ts';
import { sseClient } from '../../test/helpers/sse-client.ts';

eachStore('/api/cards/:id/comments', (t) => {
  async function setup() {
    await installTicketWorkflow(t.store);
    const app = await domainTestApp(t.store);
    const created = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: { workflow: 'ticket', title: 'Broken pump', fields: { customer: 'Acme' } },
    });
    return { app, cardId: created.json.id as string };
  }

  it('adds a comment, lists it oldest first, and does not change the card revision', async () => {
    const { app, cardId } = await setup();
    const path = `/api/cards/${cardId}/comments`;
    const first = await call(app, 'POST', path, {
      as: manager,
      body: { body: '  Called Acme.  ' },
    });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ cardId, authorId: manager.id, body: 'Called Acme.' });
    await call(app, 'POST', path, { as: admin, body: { body: 'Thanks' } });
    const list = await call(app, 'GET', path, { as: viewer });
    expect(list.json.comments.map((c: { body: string }) => c.body)).toEqual([
      'Called Acme.',
      'Thanks',
    ]);
    const card = await call(app, 'GET', `/api/cards/${cardId}`, { as: viewer });
    expect(card.json.revision).toBe(1);
  });

  it('refuses: 403 for a viewer, 400 empty, 404 unknown card, 422 unknown mention', async () => {
    const { app, cardId } = await setup();
    const path = `/api/cards/${cardId}/comments`;
    expect((await call(app, 'POST', path, { as: viewer, body: { body: 'hi' } })).status).toBe(403);
    const empty = await call(app, 'POST', path, { as: manager, body: { body: '   ' } });
    expect(empty.status).toBe(400);
    expect(empty.json.field).toBe('body');
    const unknownCard = await call(app, 'POST', '/api/cards/nope/comments', {
      as: manager,
      body: { body: 'hi' },
    });
    expect(unknownCard.status).toBe(404);
    const ghost = await call(app, 'POST', path, {
      as: manager,
      body: { body: '@Ghost hi', mentions: ['u-ghost'] },
    });
    expect(ghost.status).toBe(422);
    expect(ghost.headers.get('content-type')).toContain('application/problem+json');
    expect(ghost.json).toMatchObject({ code: 'unknown-mention', unknown: ['u-ghost'] });
    expect((await call(app, 'GET', path, { as: manager })).json.comments).toEqual([]);
  });

  it('a mention lands in the mentioned person’s inbox with an excerpt; the author gets none', async () => {
    const { app, cardId } = await setup();
    await call(app, 'POST', `/api/cards/${cardId}/comments`, {
      as: manager,
      body: { body: '@Vic Viewer can you call the customer?', mentions: [viewer.id, manager.id] },
    });
    const inbox = await call(app, 'GET', '/api/notifications', { as: viewer });
    expect(inbox.json.unreadCount).toBe(1);
    expect(inbox.json.notifications[0]).toMatchObject({
      kind: 'mention',
      cardId,
      workflow: 'ticket',
      actorId: manager.id,
      cardTitle: 'Broken pump',
      excerpt: '@Vic Viewer can you call the customer?',
      readAt: null,
    });
    expect((await call(app, 'GET', '/api/notifications', { as: manager })).json.unreadCount).toBe(
      0,
    );
  });

  it('streams comment.created to everyone and the notification only to its recipient', async () => {
    const { app, cardId } = await setup();
    const open = async (actor: typeof viewer) => {
      const client = sseClient(
        await app.request('/api/events', { headers: authHeaders(app, actor) }),
      );
      await client.ready();
      return client;
    };
    const [viewerStream, adminStream] = [await open(viewer), await open(admin)];
    await call(app, 'POST', `/api/cards/${cardId}/comments`, {
      as: manager,
      body: { body: '@Vic Viewer look', mentions: [viewer.id] },
    });
    const seen = await viewerStream.waitFor(2);
    expect(seen.map((e) => e.event)).toEqual(['comment.created', 'notification.created']);
    expect(JSON.parse(seen[1]?.data ?? '{}')).toMatchObject({
      recipientId: viewer.id,
      notification: { kind: 'mention', cardId },
    });
    const adminSeen = await adminStream.settle(300);
    expect(adminSeen.map((e) => e.event)).toEqual(['comment.created']);
    expect(JSON.parse(adminSeen[0]?.data ?? '{}').comment.body).toBe('@Vic Viewer look');

    // Resuming with Last-Event-ID backfills through the same filter.
    await adminStream.close();
    const resumed = sseClient(
      await app.request('/api/events', {
        headers: { ...authHeaders(app, admin), 'last-event-id': String(adminStream.readySeq) },
      }),
    );
    await resumed.ready();
    expect((await resumed.settle(300)).map((e) => e.event)).toEqual(['comment.created']);
    await Promise.all([resumed.close(), viewerStream.close()]);
  });
});
