import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { call, domainTestApp } from '../../test/helpers/domain-app.ts';
import { admin, installTicketWorkflow, manager, viewer } from '../../test/helpers/fixtures.ts';

eachStore('/api/notifications', (t) => {
  async function setup() {
    await installTicketWorkflow(t.store);
    return domainTestApp(t.store);
  }
  type App = Awaited<ReturnType<typeof setup>>;
  const inbox = async (app: App, as: typeof admin, query = '') =>
    (await call(app, 'GET', `/api/notifications${query}`, { as })).json;
  const create = async (app: App, assignee?: string) =>
    (
      await call(app, 'POST', '/api/cards', {
        as: manager,
        body: { workflow: 'ticket', title: 'Pump', fields: { customer: 'A' }, assignee },
      })
    ).json as { id: string; revision: number };

  it('tells a person a card was assigned to them, on create and on edit, but not when they took it', async () => {
    const app = await setup();
    await create(app, admin.id);
    const card = await create(app);
    await call(app, 'PATCH', `/api/cards/${card.id}`, {
      as: manager,
      body: { assignee: viewer.id },
      headers: { 'if-match': '"1"' },
    });
    await create(app, manager.id);
    expect((await inbox(app, admin)).notifications).toMatchObject([
      { kind: 'assigned', actorId: manager.id, cardTitle: 'Pump', toStage: 'todo' },
    ]);
    expect((await inbox(app, viewer)).notifications).toMatchObject([
      { kind: 'assigned', cardId: card.id },
    ]);
    expect((await inbox(app, manager)).unreadCount).toBe(0);
  });

  it('tells the assignee when someone else moves their card, with the stage labels', async () => {
    const app = await setup();
    const card = await create(app, admin.id);
    await call(app, 'POST', `/api/cards/${card.id}/transitions`, {
      as: manager,
      body: { event: 'start' },
      headers: { 'if-match': '"1"' },
    });
    const { notifications, unreadCount } = await inbox(app, admin);
    expect(unreadCount).toBe(2);
    expect(notifications[0]).toMatchObject({
      kind: 'moved',
      fromStage: 'todo',
      toStage: 'doing',
      fromStageLabel: 'To do',
      toStageLabel: 'Doing',
    });
    // The assignee moving their own card is not news to them.
    await call(app, 'POST', `/api/cards/${card.id}/transitions`, {
      as: admin,
      body: { event: 'cancel' },
      headers: { 'if-match': '"2"' },
    });
    expect((await inbox(app, admin)).unreadCount).toBe(2);
  });

  it('marks one read, then all; someone else’s notification is 404', async () => {
    const app = await setup();
    await create(app, admin.id);
    await create(app, admin.id);
    const [newest, older] = (await inbox(app, admin)).notifications as { id: string }[];
    const other = await call(app, 'POST', `/api/notifications/${newest!.id}/read`, {
      as: viewer,
    });
    expect(other.status).toBe(404);
    const one = await call(app, 'POST', `/api/notifications/${older!.id}/read`, { as: admin });
    expect(one.json).toEqual({ unreadCount: 1 });
    const unread = await inbox(app, admin, '?unread=true');
    expect(unread.notifications.map((n: { id: string }) => n.id)).toEqual([newest!.id]);
    const all = await call(app, 'POST', '/api/notifications/read-all', { as: admin });
    expect(all.json).toEqual({ unreadCount: 0 });
    const after = await inbox(app, admin);
    expect(after.notifications.every((n: { readAt: string | null }) => n.readAt !== null)).toBe(
      true,
    );
  });

  it('refuses email preferences when no mail server is set up', async () => {
    const app = await setup();
    const res = await call(app, 'PUT', '/api/notifications/preferences', {
      as: admin,
      body: { preferences: [{ kind: 'mention', inApp: true, email: true }] },
    });
    expect(res.status).toBe(422);
    expect(res.json.code).toBe('email-not-configured');
    const get = await call(app, 'GET', '/api/notifications/preferences', { as: admin });
    expect(get.json.emailAvailable).toBe(false);
  });

  it('keeps per-user preferences: in-app off means no notification of that kind', async () => {
    await installTicketWorkflow(t.store);
    const app = await domainTestApp(t.store, { deps: { emailAvailable: true } });
    const defaults = await call(app, 'GET', '/api/notifications/preferences', { as: admin });
    expect(defaults.json.preferences).toEqual([
      { kind: 'mention', inApp: true, email: false },
      { kind: 'assigned', inApp: true, email: false },
      { kind: 'moved', inApp: true, email: false },
      { kind: 'escalation', inApp: true, email: false },
    ]);
    const put = await call(app, 'PUT', '/api/notifications/preferences', {
      as: admin,
      body: { preferences: [{ kind: 'assigned', inApp: false, email: true }] },
    });
    expect(put.json.preferences[1]).toEqual({ kind: 'assigned', inApp: false, email: true });
    const again = await call(app, 'PUT', '/api/notifications/preferences', {
      as: admin,
      body: { preferences: [{ kind: 'assigned', inApp: false, email: false }] },
    });
    expect(again.json.preferences[1]).toEqual({ kind: 'assigned', inApp: false, email: false });
    await create(app, admin.id);
    await create(app, viewer.id);
    expect((await inbox(app, admin)).unreadCount).toBe(0);
    expect((await inbox(app, viewer)).unreadCount).toBe(1);
    const bad = await call(app, 'PUT', '/api/notifications/preferences', {
      as: admin,
      body: { preferences: [{ kind: 'birthday', inApp: true, email: true }] },
    });
    expect(bad.status).toBe(400);
    expect((await call(app, 'GET', '/api/notifications')).status).toBe(401);
  });
});
