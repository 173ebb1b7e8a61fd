import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AppEnv } from '../app-env.ts';
import { bodyLimit } from './body-limit.ts';
import { csrfOriginCheck } from './csrf.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { registerOperation } from './openapi-registry.ts';
import { parseJson, parseQuery } from './parse-json.ts';
import { HttpProblem, notFound, onError } from './problem.ts';
import { requestId } from 'hono/request-id';

const Body = z.strictObject({ title: z.string().min(1), amount: z.number().optional() });

function testApp() {
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(bodyLimit({ maxBytes: 1024 }));
  app.use(csrfOriginCheck());
  app.onError(onError);
  app.notFound(notFound);
  app.post('/echo', async (c) => c.json(await parseJson(c, Body)));
  app.get('/list', (c) =>
    c.json(
      parseQuery(
        c,
        z.object({ limit: z.coerce.number().int().max(100), q: z.string().optional() }),
      ),
    ),
  );
  app.get('/boom', () => {
    throw new Error('secret database password in stack');
  });
  app.get('/busy', () => {
    throw new HttpProblem(503, 'database-busy', 'Busy.', { retryAfter: 2 }, { 'Retry-After': '2' });
  });
  return app;
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return (await res.json()) as Record<string, unknown>;
}

describe('request parsing', () => {
  it('accepts a valid JSON body', async () => {
    const res = await testApp().request('/echo', json({ title: 'Pump', amount: 3 }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ title: 'Pump', amount: 3 });
  });

  it('answers 415 when the body is not sent as JSON', async () => {
    const res = await testApp().request('/echo', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"title":"x"}',
    });
    expect(res.status).toBe(415);
    expect((await problem(res)).detail).toMatch(/application\/json/);
  });

  it('answers 400 on malformed JSON', async () => {
    const res = await testApp().request('/echo', json('{"title": '));
    expect(res.status).toBe(400);
    expect((await problem(res)).code).toBe('invalid-json');
  });

  it('answers 400 naming the field with the wrong type', async () => {
    const res = await testApp().request('/echo', json({ title: 'Pump', amount: 'many' }));
    expect(res.status).toBe(400);
    const body = await problem(res);
    expect(body.field).toBe('amount');
    expect(body.detail).toMatch(/amount/);
  });

  it('refuses unknown properties, naming each one', async () => {
    const res = await testApp().request(
      '/echo',
      json({ title: 'Pump', stage: 'done', revision: 9 }),
    );
    expect(res.status).toBe(400);
    const body = await problem(res);
    expect(body.detail).toMatch(/stage/);
    expect(body.detail).toMatch(/revision/);
  });

  it('names query parameters that are invalid', async () => {
    const res = await testApp().request('/list?limit=5000');
    expect(res.status).toBe(400);
    expect((await problem(res)).field).toBe('limit');
  });

  it('refuses a NUL character in a query parameter, naming it', async () => {
    expect((await testApp().request('/list?limit=5&q=pump')).status).toBe(200);
    const res = await testApp().request('/list?limit=5&q=pu%00mp');
    expect(res.status).toBe(400);
    expect((await problem(res)).field).toBe('q');
  });

  it('answers 413 for a body over the limit, with or without Content-Length', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(2000) });
    const withLength = await testApp().request(
      '/echo',
      json(big, { 'content-length': String(big.length) }),
    );
    expect(withLength.status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = await testApp().request('/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect((await problem(chunked)).code).toBe('body-too-large');
  });
});

describe('errors', () => {
  it('renders unexpected errors as a 500 problem without leaking the message or stack', async () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      const res = await testApp().request('/boom');
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toMatch(/secret|stack|at /);
      expect(JSON.parse(text).detail).toMatch(/went wrong/);
    } finally {
      console.error = original;
    }
  });

  it('passes a problem’s headers and extras through', async () => {
    const res = await testApp().request('/busy');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect((await problem(res)).retryAfter).toBe(2);
  });

  it('answers unknown routes with a 404 problem and echoes the request id', async () => {
    const res = await testApp().request('/nowhere', { headers: { 'x-request-id': 'abc-123' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    expect((await problem(res)).type).toBe('urn:stageflow:problem:not-found');
  });
});

describe('CSRF origin check', () => {
  const cookie = { cookie: 'sf_session=abc' };

  it('refuses a cookie-carrying POST from another origin', async () => {
    const res = await testApp().request(
      '/echo',
      json({ title: 'x' }, { ...cookie, origin: 'https://evil.example' }),
    );
    expect(res.status).toBe(403);
    expect((await problem(res)).code).toBe('csrf-origin-mismatch');
  });

  it('refuses a cookie-carrying POST with neither Origin nor Referer', async () => {
    const res = await testApp().request('/echo', json({ title: 'x' }, cookie));
    expect(res.status).toBe(403);
  });

  it('allows a same-origin POST, by Origin or by Referer', async () => {
    const app = testApp();
    const byOrigin = await app.request(
      '/echo',
      json({ title: 'x' }, { ...cookie, origin: 'http://localhost' }),
    );
    expect(byOrigin.status).toBe(200);
    const byReferer = await app.request(
      '/echo',
      json({ title: 'x' }, { ...cookie, referer: 'http://localhost/board/repair' }),
    );
    expect(byReferer.status).toBe(200);
  });

  it('exempts bearer-token requests', async () => {
    const res = await testApp().request(
      '/echo',
      json({ title: 'x' }, { authorization: 'Bearer t', origin: 'https://elsewhere.example' }),
    );
    expect(res.status).toBe(200);
  });
});

describe('OpenAPI registry', () => {
  it('turns registered zod schemas into OpenAPI paths with parameters and bodies', () => {
    registerOperation({
      method: 'post',
      path: '/api/things/:id',
      summary: 'Update a thing',
      body: Body,
      responses: { 200: { description: 'ok', schema: Body }, 400: { description: 'bad' } },
    });
    const doc = buildOpenApiDocument() as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    const op = doc.paths['/api/things/{id}']?.post;
    expect(op?.parameters).toEqual([
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
    ]);
    const schema = (
      op?.requestBody as { content: { 'application/json': { schema: Record<string, unknown> } } }
    ).content['application/json'].schema;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['title']);
  });
});
