// The headers every answer carries, from a real Node server (@hono/node-server, as start.ts
// serves) and through app.request() as the other tests see them: the same headers both ways, and
// a route's own Content-Security-Policy kept.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { AppEnv } from '../app-env.ts';
import { eachStore } from '../../test/helpers/stores.ts';
import { authHeaders, domainTestApp } from '../../test/helpers/domain-app.ts';
import { installTicketWorkflow, manager, viewer } from '../../test/helpers/fixtures.ts';
import { writeFileSync } from 'node:fs';

/** What every answer carries, written out here rather than taken from the code under test. */
const SECURITY: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
    "form-action 'self'; frame-ancestors 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};
const OURS = [...Object.keys(SECURITY), 'strict-transport-security', 'vary'];
function edgeOf(res: Response) {
  return OURS.map((name) => [name, res.headers.get(name)]);
}
function securityOf(res: Response) {
  return Object.fromEntries(Object.keys(SECURITY).map((name) => [name, res.headers.get(name)]));
}

eachStore('edge headers', (t) => {
  let dir: string;
  let close: (() => Promise<void>) | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stageflow-edge-'));
  });
  afterEach(async () => {
    await close?.();
    close = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  async function listen(app: Hono<AppEnv>): Promise<string> {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    close = () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async function setup(deps = {}) {
    await installTicketWorkflow(t.store);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Stageflow</title>');
    const app = await domainTestApp(t.store, {
      deps: { attachments: { dir, maxBytes: 4096 }, boardDir: dir, bodyLimitBytes: 1024, ...deps },
    });
    return { app, url: await listen(app) };
  }

  it('sends the same security headers, request id rules and Vary from Node as through app.request', async () => {
    const { app, url } = await setup();
    const asked: [string, RequestInit][] = [
      ['/api/me', { headers: authHeaders(app, manager) }],
      ['/api/me', {}], // 401 problem
      ['/api/nowhere', { headers: authHeaders(app, manager) }], // 404 problem
      ['/healthz', {}],
      ['/', {}], // the board's page
      ['/api/me', { headers: { ...authHeaders(app, manager), 'accept-encoding': 'gzip' } }],
    ];
    for (const [path, init] of asked) {
      const fromNode = await fetch(url + path, init);
      await fromNode.arrayBuffer();
      const inProcess = await app.request(path, init);
      expect(fromNode.status).toBe(inProcess.status);
      expect(edgeOf(fromNode)).toEqual(edgeOf(inProcess));
      expect(securityOf(fromNode)).toEqual(SECURITY);
    }
    // Plain JSON from the API varies with Accept-Encoding; the board's health check does not.
    expect((await fetch(`${url}/api/me`, authInit(app))).headers.get('vary')).toBe(
      'Accept-Encoding',
    );
    expect((await fetch(`${url}/healthz`)).headers.get('vary')).toBeNull();
  });

  it('says the API varies with Accept-Encoding on refusals and small answers too, not on the event stream', async () => {
    const { app, url } = await setup();
    const gzip = { 'accept-encoding': 'gzip' };
    const refused = await fetch(`${url}/api/tokens`, {
      method: 'POST',
      headers: {
        ...gzip,
        'content-type': 'application/json',
        cookie: 'sf_session=x',
        origin: 'http://evil.example',
      },
      body: '{}',
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('vary')).toBe('Accept-Encoding');
    const small = await fetch(`${url}/api/me`, {
      headers: { ...authHeaders(app, manager), ...gzip },
    });
    expect(small.headers.get('vary')).toBe('Accept-Encoding');
    // The event stream is never compressed (asked signed out, so no stream is opened).
    const events = await fetch(`${url}/api/events`, { headers: gzip });
    expect(events.status).toBe(401);
    expect(events.headers.get('vary')).toBeNull();
  });

  it('refuses a chunked body over the limit with 413 before it looks at the origin', async () => {
    const { url } = await setup();
    const big = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(`{"name":"${'x'.repeat(4000)}"}`));
        controller.close();
      },
    });
    const res = await fetch(`${url}/api/tokens`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: 'sf_session=x',
        origin: 'http://evil.example',
      },
      body: big,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('echoes a well-formed X-Request-Id and replaces a malformed one, on success and on problems', async () => {
    const { app, url } = await setup();
    const kept = await fetch(`${url}/api/me`, {
      headers: { ...authHeaders(app, manager), 'x-request-id': 'trace-42=' },
    });
    expect(kept.headers.get('x-request-id')).toBe('trace-42=');
    const problem = await fetch(`${url}/api/me`, { headers: { 'x-request-id': 'trace-43' } });
    expect(problem.status).toBe(401);
    expect(problem.headers.get('x-request-id')).toBe('trace-43');
    const replaced = await fetch(`${url}/api/me`, {
      headers: { ...authHeaders(app, manager), 'x-request-id': 'no spaces <allowed>' },
    });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends HSTS from Node only behind a trusted proxy that saw https', async () => {
    const { url } = await setup({ trustProxy: true });
    const https = await fetch(`${url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    expect((await fetch(`${url}/healthz`)).headers.get('strict-transport-security')).toBeNull();
  });

  it('keeps an attachment download’s own sandboxing policy over the board’s, from Node', async () => {
    const { app, url } = await setup();
    const card = await app.request('/api/cards', {
      method: 'POST',
      headers: { ...authHeaders(app, manager), 'content-type': 'application/json' },
      body: JSON.stringify({ workflow: 'ticket', title: 'Pump', fields: { customer: 'Acme' } }),
    });
    const { id } = (await card.json()) as { id: string };
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')]), 'quote.pdf');
    const uploaded = await fetch(`${url}/api/cards/${id}/attachments`, {
      method: 'POST',
      headers: authHeaders(app, manager),
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const { url: content } = (await uploaded.json()) as { url: string };
    const download = await fetch(url + content, { headers: authHeaders(app, viewer) });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-security-policy')).toBe(
      "default-src 'none'; img-src 'self'; sandbox",
    );
    expect(download.headers.get('x-frame-options')).toBe('DENY');
    await download.arrayBuffer();
  });
});

function authInit(app: Hono<AppEnv>): RequestInit {
  return { headers: authHeaders(app, manager) };
}
