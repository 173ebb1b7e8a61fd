import { vi } from 'vitest';

export interface Call {
  method: string;
  path: string;
  body: unknown;
}

type Handler = (body: unknown) => { status?: number; body: unknown };

/**
 * Answers the page's fetch calls from a table of "METHOD /path" handlers, recording each call.
 * Component tests only: the real server is exercised by the e2e tests.
 */
export function fakeApi(routes: Record<string, Handler>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, path: input, body });
    const handler = routes[`${method} ${input}`];
    if (!handler) {
      return new Response(
        JSON.stringify({ title: 'Not Found', status: 404, detail: `No route ${method} ${input}` }),
        {
          status: 404,
          headers: { 'Content-Type': 'application/problem+json' },
        },
      );
    }
    const answer = handler(body);
    const status = answer.status ?? 200;
    return new Response(JSON.stringify(answer.body), {
      status,
      headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  });
  return calls;
}
