import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send, testApp } from '../test/helpers/app.ts';
import { eachStore, openTempSqlite } from '../test/helpers/stores.ts';
import { openDatabase } from './db/database.ts';

eachStore('app', (t) => {
  it('answers /healthz after a database round trip', async () => {
    const res = await send(testApp(t.store), 'GET', '/healthz');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'ok', database: t.dialect });
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]+$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('healthz without a database', () => {
  it('answers 503 when the SQLite store is closed', async () => {
    const temp = await openTempSqlite();
    const app = testApp(temp.store);
    await temp.dispose();
    const res = await send(app, 'GET', '/healthz');
    expect(res.status).toBe(503);
    expect(res.json.code).toBe('database-unavailable');
  });

  it('answers 503 when PostgreSQL does not answer', async () => {
    const store = openDatabase({ url: 'postgres://postgres@127.0.0.1:1/none' });
    try {
      const res = await send(testApp(store), 'GET', '/healthz');
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
    } finally {
      await store.close();
    }
  });
});

describe('API description', () => {
  eachStore('openapi', (t) => {
    it('serves /api/openapi.json as OpenAPI 3.1 with the platform and domain paths', async () => {
      const res = await send(testApp(t.store), 'GET', '/api/openapi.json');
      expect(res.status).toBe(200);
      const doc = res.json as unknown as {
        openapi: string;
        paths: Record<string, Record<string, unknown>>;
      };
      expect(doc.openapi).toBe('3.1.0');
      for (const path of [
        '/api/session',
        '/api/me',
        '/api/tokens',
        '/api/users',
        '/api/users/{id}',
        '/healthz',
      ]) {
        expect(Object.keys(doc.paths)).toContain(path);
      }
      expect(Object.keys(doc.paths).some((p) => p.startsWith('/api/cards'))).toBe(true);
      expect(doc.paths['/api/session']).toHaveProperty('post');
    });

    it('serves a readable API page without external scripts', async () => {
      const res = await testApp(t.store).request('/api/docs');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      const html = await res.text();
      expect(html).toContain('/api/session');
      expect(html).not.toMatch(/<script/);
    });
  });
});

describe('static board', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stageflow-board-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>board</title>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  eachStore('static', (t) => {
    it('serves index.html at / and for client-side routes, assets as files', async () => {
      const app = testApp(t.store, { boardDir: dir });
      const surveyLink =
        '/survey/71c8539f-2b4c-4bf0-812e-eea816de9378.1798734458.JOUIr705NwoxP5L3sK3AkqH9og9B1fsm8S9BvFJkkhU';
      for (const path of ['/', '/board/repair', '/admin/users', surveyLink]) {
        const res = await app.request(path);
        expect(res.status).toBe(200);
        expect(await res.text()).toContain('<title>board</title>');
      }
      const js = await app.request('/assets/app.js');
      expect(js.headers.get('content-type')).toMatch(/javascript/);
      expect((await app.request('/assets/missing.js')).status).toBe(404);
    });

    it('never answers an unknown /api path with the app shell', async () => {
      const res = await send(testApp(t.store, { boardDir: dir }), 'GET', '/api/nothing-here');
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    });
  });
});
