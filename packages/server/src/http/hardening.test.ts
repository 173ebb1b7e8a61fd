// Issue 8, through the whole app: NUL in a path, security headers, source maps, the CSRF
// origin's scheme, and 405 for a known path asked with the wrong method.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { addUser, bearer, send, signIn, testApp } from '../../test/helpers/app.ts';
import { eachStore } from '../../test/helpers/stores.ts';

const boardDir = mkdtempSync(join(tmpdir(), 'stageflow-board-'));
mkdirSync(join(boardDir, 'assets'));
writeFileSync(join(boardDir, 'index.html'), '<!doctype html><title>Stageflow</title>');
writeFileSync(join(boardDir, 'assets', 'index.js'), 'console.log(1)');
writeFileSync(join(boardDir, 'assets', 'index.js.map'), '{"sources":["secret.tsx"]}');
afterAll(() => rmSync(boardDir, { recursive: true, force: true }));

eachStore('hardening', (t) => {
  it('answers a NUL byte in a path id with 400 on every store (PostgreSQL said 500)', async () => {
    const app = testApp(t.store);
    const session = await signIn(app, await addUser(t.store, 'manager'));
    const script = await bearer(app, session);
    const res = await send(app, 'DELETE', '/api/tokens/%00', { as: script });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('invalid-path');
    const card = await send(app, 'GET', '/api/cards/a%00b', { as: script });
    expect(card.status).toBe(400);
  });

  it('sends a Content-Security-Policy that forbids framing, on the board and the API', async () => {
    const app = testApp(t.store, { boardDir });
    for (const path of ['/', '/healthz', '/api/me']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('serves the board’s assets but never its source maps', async () => {
    const app = testApp(t.store, { boardDir });
    expect((await app.request('/assets/index.js')).status).toBe(200);
    const map = await app.request('/assets/index.js.map');
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('secret.tsx');
  });

  it('sends HSTS only when the request came over https', async () => {
    const plain = testApp(t.store);
    expect(
      (await plain.request('http://board.example/healthz')).headers.get(
        'strict-transport-security',
      ),
    ).toBeNull();
    expect(
      (await plain.request('https://board.example/healthz')).headers.get(
        'strict-transport-security',
      ),
    ).toMatch(/max-age=/);
    const forwarded = { 'x-forwarded-proto': 'https' };
    // X-Forwarded-Proto counts only from a trusted proxy.
    expect(
      (await plain.request('/healthz', { headers: forwarded })).headers.get(
        'strict-transport-security',
      ),
    ).toBeNull();
    const proxied = testApp(t.store, { trustProxy: true });
    expect(
      (await proxied.request('/healthz', { headers: forwarded })).headers.get(
        'strict-transport-security',
      ),
    ).toMatch(/max-age=/);
  });

  it('refuses a cookie-carrying write whose Origin has the same host but another scheme', async () => {
    const app = testApp(t.store);
    const caller = await signIn(app, await addUser(t.store, 'manager'));
    const body = { name: 'script' };
    const http = await send(app, 'POST', 'http://board.example/api/tokens', {
      as: caller,
      body,
      headers: { origin: 'https://board.example' },
    });
    expect(http.status).toBe(403);
    expect(http.json.code).toBe('csrf-origin-mismatch');
    const https = await send(app, 'POST', 'https://board.example/api/tokens', {
      as: caller,
      body,
      headers: { origin: 'http://board.example' },
    });
    expect(https.status).toBe(403);
    const same = await send(app, 'POST', 'http://board.example/api/tokens', {
      as: caller,
      body,
      headers: { origin: 'http://board.example' },
    });
    expect(same.status).toBe(201);
  });

  it('takes the scheme from X-Forwarded-Proto behind a trusted proxy', async () => {
    const app = testApp(t.store, { trustProxy: true });
    const caller = await signIn(app, await addUser(t.store, 'manager'));
    const res = await send(app, 'POST', 'http://board.example/api/tokens', {
      as: caller,
      body: { name: 'script' },
      headers: { origin: 'https://board.example', 'x-forwarded-proto': 'https' },
    });
    expect(res.status).toBe(201);
  });

  it('answers a known path with the wrong method 405 with Allow, an unknown path 404', async () => {
    const app = testApp(t.store, { boardDir });
    const caller = await signIn(app, await addUser(t.store, 'manager'));
    const put = await send(app, 'PUT', '/api/session', { as: caller, body: {} });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('POST, DELETE');
    expect(put.headers.get('content-type')).toBe('application/problem+json');
    expect(put.json).toMatchObject({ code: 'method-not-allowed', allow: ['POST', 'DELETE'] });
    const get = await send(app, 'GET', '/api/cards/some-id/transitions', { as: caller });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await send(app, 'DELETE', '/healthz')).headers.get('allow')).toBe('GET, HEAD');
    const korean = await send(app, 'PATCH', '/api/session', {
      as: caller,
      body: {},
      headers: { 'accept-language': 'ko' },
    });
    expect(korean.json.detail).toBe(
      '/api/session에는 PATCH 요청을 보낼 수 없습니다. 가능한 방법: POST, DELETE.',
    );
    expect((await send(app, 'GET', '/api/nothing-here', { as: caller })).status).toBe(404);
    expect((await send(app, 'POST', '/api/cards/x/nothing', { as: caller, body: {} })).status).toBe(
      404,
    );
  });
});
