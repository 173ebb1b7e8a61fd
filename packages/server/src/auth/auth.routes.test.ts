import { describe, expect, it } from 'vitest';
import { addUser, send, signIn, testApp, TEST_ORIGIN } from '../../test/helpers/app.ts';
import { eachStore } from '../../test/helpers/stores.ts';
import { sha256Hex } from './secrets.ts';
import { TOKEN_CACHE_MS } from './api-token.repository.ts';

const login = (email: string, password: string, headers: Record<string, string> = {}) => ({
  body: { email, password },
  headers: { origin: TEST_ORIGIN, ...headers },
});

eachStore('auth routes', (t) => {
  it('signs in with the right password and sets a HttpOnly SameSite=Lax session cookie', async () => {
    const app = testApp(t.store);
    const user = await addUser(t.store, 'manager', 'Dana@Example.test');
    const res = await send(app, 'POST', '/api/session', login('dana@example.test', user.password));
    expect(res.status).toBe(200);
    expect(res.json.user).toMatchObject({ email: 'dana@example.test', role: 'manager' });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sf_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=604800/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure when the request came over https', async () => {
    const app = testApp(t.store);
    const user = await addUser(t.store, 'viewer');
    const res = await app.request('https://stageflow.example/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://stageflow.example' },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('stores only the sha256 of the session token', async () => {
    const app = testApp(t.store);
    const user = await addUser(t.store, 'viewer');
    const caller = await signIn(app, user);
    const token = caller.headers.cookie!.replace('sf_session=', '');
    const ids = (await t.store.db.selectFrom('sessions').select('id').execute()).map((r) => r.id);
    expect(ids).toEqual([sha256Hex(token)]);
  });

  it('issues a new session id at every login and drops the one the browser had', async () => {
    const app = testApp(t.store);
    const user = await addUser(t.store, 'viewer');
    const first = await signIn(app, user);
    const res = await send(app, 'POST', '/api/session', {
      ...login(user.email, user.password),
      headers: { ...first.headers },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).not.toContain(first.headers.cookie!);
    expect((await send(app, 'GET', '/api/me', { as: first })).status).toBe(401);
  });

  it('refuses a wrong password or unknown email with the same 401', async () => {
    const app = testApp(t.store);
    const user = await addUser(t.store, 'viewer');
    const wrong = await send(app, 'POST', '/api/session', login(user.email, 'not the password'));
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const unknown = await send(
      app,
      'POST',
      '/api/session',
      login('ghost@example.test', 'whatever123'),
    );
    expect(unknown.status).toBe(401);
    expect(unknown.json.detail).toBe(wrong.json.detail);
  });

  it('rate-limits failed logins per IP and email with 429 + Retry-After, until the window passes', async () => {
    let clock = new Date('2026-11-27T10:00:00Z');
    const app = testApp(t.store, { now: () => clock });
    const user = await addUser(t.store, 'viewer');
    for (let i = 0; i < 5; i++) {
      expect(
        (await send(app, 'POST', '/api/session', login(user.email, 'wrong password'))).status,
      ).toBe(401);
    }
    // Even the right password is refused while blocked.
    const blocked = await send(app, 'POST', '/api/session', login(user.email, user.password));
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(blocked.headers.get('retry-after'))).toBe(15 * 60);
    clock = new Date(clock.getTime() + 15 * 60_000 + 1000);
    expect((await send(app, 'POST', '/api/session', login(user.email, user.password))).status).toBe(
      200,
    );
  });

  it('counts parallel wrong passwords before checking them: 5 × 401, the rest 429', async () => {
    const app = testApp(t.store);
    const user = await addUser(t.store, 'viewer');
    const statuses = await Promise.all(
      Array.from({ length: 60 }, () =>
        send(app, 'POST', '/api/session', login(user.email, 'wrong password')).then(
          (r) => r.status,
        ),
      ),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(55);
    // Refused attempts are not counted on top: the block ends when the five failures expire.
    const rows = await t.store.db.selectFrom('login_attempts').select('id').execute();
    expect(rows).toHaveLength(5);
  });

  it('shares the login count between app instances on one database (several processes)', async () => {
    const one = testApp(t.store);
    const two = testApp(t.store);
    const user = await addUser(t.store, 'viewer');
    for (let i = 0; i < 5; i++) {
      await send(i % 2 ? one : two, 'POST', '/api/session', login(user.email, 'wrong password'));
    }
    expect((await send(one, 'POST', '/api/session', login(user.email, user.password))).status).toBe(
      429,
    );
  });

  it('answers /api/me for a signed-in user and 401 otherwise', async () => {
    const app = testApp(t.store);
    const user = await addUser(t.store, 'manager');
    expect((await send(app, 'GET', '/api/me')).status).toBe(401);
    const me = await send(app, 'GET', '/api/me', { as: await signIn(app, user) });
    expect(me.status).toBe(200);
    expect(me.json).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      role: 'manager',
      locale: null,
    });
  });

  it('signs out: the session stops working and the cookie is cleared', async () => {
    const app = testApp(t.store);
    const caller = await signIn(app, await addUser(t.store, 'viewer'));
    const out = await send(app, 'DELETE', '/api/session', { as: caller });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/sf_session=;.*Max-Age=0/);
    expect((await send(app, 'GET', '/api/me', { as: caller })).status).toBe(401);
  });

  it('expires a session after 7 days without use, and extends it while used', async () => {
    let clock = new Date('2026-11-27T10:00:00Z');
    const app = testApp(t.store, { now: () => clock });
    const caller = await signIn(app, await addUser(t.store, 'viewer'));
    clock = new Date(clock.getTime() + 5 * 86_400_000);
    const used = await send(app, 'GET', '/api/me', { as: caller });
    expect(used.status).toBe(200);
    expect(used.headers.get('set-cookie')).toMatch(/Max-Age=604800/);
    clock = new Date(clock.getTime() + 6 * 86_400_000);
    expect((await send(app, 'GET', '/api/me', { as: caller })).status).toBe(200);
    clock = new Date(clock.getTime() + 7 * 86_400_000 + 1000);
    expect((await send(app, 'GET', '/api/me', { as: caller })).status).toBe(401);
  });

  it('creates a bearer token shown once and stored hashed; it authenticates without cookie or Origin', async () => {
    const app = testApp(t.store);
    const session = await signIn(app, await addUser(t.store, 'manager'));
    const created = await send(app, 'POST', '/api/tokens', {
      as: session,
      body: { name: 'nightly import' },
    });
    expect(created.status).toBe(201);
    const token = created.json.token as string;
    expect(token).toMatch(/^sf_/);
    const stored = await t.store.db
      .selectFrom('api_tokens')
      .select(['token_hash', 'name'])
      .execute();
    expect(stored).toEqual([{ token_hash: sha256Hex(token), name: 'nightly import' }]);
    const me = await send(app, 'GET', '/api/me', { headers: { authorization: `Bearer ${token}` } });
    expect(me.json.role).toBe('manager');
    const list = await send(app, 'GET', '/api/tokens', { as: session });
    expect(JSON.stringify(list.json)).not.toContain(token);
  });

  it('refuses an unknown or revoked bearer token with 401', async () => {
    const app = testApp(t.store);
    const session = await signIn(app, await addUser(t.store, 'manager'));
    expect(
      (await send(app, 'GET', '/api/me', { headers: { authorization: 'Bearer sf_nope' } })).status,
    ).toBe(401);
    const created = await send(app, 'POST', '/api/tokens', { as: session, body: { name: 'x' } });
    const auth = { authorization: `Bearer ${created.json.token as string}` };
    expect((await send(app, 'GET', '/api/me', { headers: auth })).status).toBe(200);
    expect(
      (await send(app, 'DELETE', `/api/tokens/${created.json.id as string}`, { as: session }))
        .status,
    ).toBe(204);
    expect((await send(app, 'GET', '/api/me', { headers: auth })).status).toBe(401);
  });

  it('a token revoked by another server process is refused within a second', async () => {
    let clock = new Date('2026-03-02T09:00:00.000Z');
    const app = testApp(t.store, { now: () => clock });
    const session = await signIn(app, await addUser(t.store, 'manager'));
    const created = await send(app, 'POST', '/api/tokens', { as: session, body: { name: 'x' } });
    const auth = { authorization: `Bearer ${created.json.token as string}` };
    expect((await send(app, 'GET', '/api/me', { headers: auth })).status).toBe(200);
    // Another process deletes the row: this one learns of it when its lookup expires.
    await t.store.db
      .deleteFrom('api_tokens')
      .where('id', '=', created.json.id as string)
      .execute();
    clock = new Date(clock.getTime() + TOKEN_CACHE_MS);
    expect((await send(app, 'GET', '/api/me', { headers: auth })).status).toBe(401);
  });

  it('refuses a cross-origin cookie POST (CSRF) but not the same request from our origin', async () => {
    const app = testApp(t.store);
    const session = await signIn(app, await addUser(t.store, 'manager'));
    const evil = await send(app, 'POST', '/api/tokens', {
      body: { name: 'x' },
      headers: { cookie: session.headers.cookie!, origin: 'https://evil.example' },
    });
    expect(evil.status).toBe(403);
    expect(evil.json.code).toBe('csrf-origin-mismatch');
    expect(await t.store.db.selectFrom('api_tokens').selectAll().execute()).toEqual([]);
    expect(
      (await send(app, 'POST', '/api/tokens', { as: session, body: { name: 'x' } })).status,
    ).toBe(201);
  });
});

describe('password hashing', () => {
  it('uses scrypt at OWASP parameters by default and verifies', async () => {
    const { hashPassword, verifyPassword } = await import('./password.ts');
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterz', hash)).toBe(false);
  });
});
