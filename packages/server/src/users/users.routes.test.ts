import { expect, it } from 'vitest';
import { addUser, bearer, send, signIn, testApp } from '../../test/helpers/app.ts';
import { eachStore } from '../../test/helpers/stores.ts';

const newUser = {
  email: 'sam@example.test',
  name: 'Sam',
  role: 'viewer',
  password: 'a long enough password',
};

eachStore('users routes', (t) => {
  it('lets an admin list and create users; the new user can sign in', async () => {
    const app = testApp(t.store);
    const admin = await signIn(app, await addUser(t.store, 'admin'));
    const created = await send(app, 'POST', '/api/users', { as: admin, body: newUser });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      email: 'sam@example.test',
      role: 'viewer',
      disabled: false,
    });
    expect(JSON.stringify(created.json)).not.toMatch(/password/);
    const list = await send(app, 'GET', '/api/users', { as: admin });
    expect((list.json as unknown as { email: string }[]).map((u) => u.email)).toContain(
      'sam@example.test',
    );
    expect(
      (
        await send(app, 'POST', '/api/session', {
          body: { email: newUser.email, password: newUser.password },
          headers: { origin: 'http://localhost' },
        })
      ).status,
    ).toBe(200);
  });

  it('refuses a second user with the same email with 409', async () => {
    const app = testApp(t.store);
    const admin = await signIn(app, await addUser(t.store, 'admin'));
    await send(app, 'POST', '/api/users', { as: admin, body: newUser });
    const again = await send(app, 'POST', '/api/users', {
      as: admin,
      body: { ...newUser, email: 'SAM@example.test' },
    });
    expect(again.status).toBe(409);
    expect(again.json.field).toBe('email');
  });

  it('names the invalid field and rejects unknown properties', async () => {
    const app = testApp(t.store);
    const admin = await signIn(app, await addUser(t.store, 'admin'));
    const badRole = await send(app, 'POST', '/api/users', {
      as: admin,
      body: { ...newUser, role: 'owner' },
    });
    expect(badRole.status).toBe(400);
    expect(badRole.json.field).toBe('role');
    const extra = await send(app, 'POST', '/api/users', {
      as: admin,
      body: { ...newUser, disabled: false, id: 'mine' },
    });
    expect(extra.status).toBe(400);
    expect(extra.json.detail).toMatch(/'id'/);
  });

  it('gives managers and viewers 403 and anonymous callers 401 on the users API', async () => {
    const app = testApp(t.store);
    const target = await addUser(t.store, 'viewer');
    for (const role of ['manager', 'viewer'] as const) {
      const caller = await signIn(app, await addUser(t.store, role));
      expect((await send(app, 'GET', '/api/users', { as: caller })).status).toBe(403);
      expect((await send(app, 'POST', '/api/users', { as: caller, body: newUser })).status).toBe(
        403,
      );
      const patch = await send(app, 'PATCH', `/api/users/${target.id}`, {
        as: caller,
        body: { role: 'admin' },
      });
      expect(patch.status).toBe(403);
      expect(patch.json.detail).toMatch(/admin role/);
    }
    expect((await send(app, 'GET', '/api/users')).status).toBe(401);
  });

  it('changes role and name; the new role applies to the next request', async () => {
    const app = testApp(t.store);
    const admin = await signIn(app, await addUser(t.store, 'admin'));
    const user = await addUser(t.store, 'viewer');
    const session = await signIn(app, user);
    const res = await send(app, 'PATCH', `/api/users/${user.id}`, {
      as: admin,
      body: { role: 'manager', name: 'Promoted' },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ role: 'manager', name: 'Promoted' });
    expect((await send(app, 'GET', '/api/me', { as: session })).json).toMatchObject({
      role: 'manager',
      name: 'Promoted',
    });
  });

  it('a disabled user loses access at once, by cookie and by token, and cannot sign in', async () => {
    const app = testApp(t.store);
    const admin = await signIn(app, await addUser(t.store, 'admin'));
    const user = await addUser(t.store, 'manager');
    const session = await signIn(app, user);
    const token = await bearer(app, session);
    expect((await send(app, 'GET', '/api/me', { as: token })).status).toBe(200);

    expect(
      (await send(app, 'PATCH', `/api/users/${user.id}`, { as: admin, body: { disabled: true } }))
        .status,
    ).toBe(200);
    expect((await send(app, 'GET', '/api/me', { as: session })).status).toBe(401);
    expect((await send(app, 'GET', '/api/me', { as: token })).status).toBe(401);
    const login = await send(app, 'POST', '/api/session', {
      body: { email: user.email, password: user.password },
      headers: { origin: 'http://localhost' },
    });
    expect(login.status).toBe(403);

    await send(app, 'PATCH', `/api/users/${user.id}`, { as: admin, body: { disabled: false } });
    expect((await send(app, 'GET', '/api/me', { as: token })).status).toBe(200);
  });

  it('refuses to disable or demote the last active admin with 409, but allows it when another admin exists', async () => {
    const app = testApp(t.store);
    const first = await addUser(t.store, 'admin');
    const admin = await signIn(app, first);
    const demote = await send(app, 'PATCH', `/api/users/${first.id}`, {
      as: admin,
      body: { role: 'manager' },
    });
    expect(demote.status).toBe(409);
    expect(demote.json.code).toBe('last-admin');
    expect(
      (await send(app, 'PATCH', `/api/users/${first.id}`, { as: admin, body: { disabled: true } }))
        .status,
    ).toBe(409);

    const second = await addUser(t.store, 'admin');
    expect(
      (await send(app, 'PATCH', `/api/users/${second.id}`, { as: admin, body: { disabled: true } }))
        .status,
    ).toBe(200);
    expect(
      (await send(app, 'PATCH', `/api/users/${first.id}`, { as: admin, body: { role: 'manager' } }))
        .status,
    ).toBe(409);
    await send(app, 'PATCH', `/api/users/${second.id}`, { as: admin, body: { disabled: false } });
    expect(
      (await send(app, 'PATCH', `/api/users/${first.id}`, { as: admin, body: { role: 'manager' } }))
        .status,
    ).toBe(200);
  });

  it('gives every signed-in person the directory of active colleagues, without emails', async () => {
    const app = testApp(t.store);
    const admin = await signIn(app, await addUser(t.store, 'admin'));
    const viewer = await signIn(app, await addUser(t.store, 'viewer'));
    const gone = await addUser(t.store, 'manager');
    await send(app, 'PATCH', `/api/users/${gone.id}`, { as: admin, body: { disabled: true } });
    const res = await send(app, 'GET', '/api/users/directory', { as: viewer });
    expect(res.status).toBe(200);
    const people = res.json as unknown as { id: string; name: string; role: string }[];
    expect(people.map((p) => p.role).sort()).toEqual(['admin', 'viewer']);
    expect(people.some((p) => p.id === gone.id)).toBe(false);
    expect(JSON.stringify(people)).not.toContain('@');
    expect((await send(app, 'GET', '/api/users/directory')).status).toBe(401);
  });

  it('answers 404 for an unknown user id', async () => {
    const app = testApp(t.store);
    const admin = await signIn(app, await addUser(t.store, 'admin'));
    expect(
      (await send(app, 'PATCH', '/api/users/nope', { as: admin, body: { name: 'X' } })).status,
    ).toBe(404);
  });
});
