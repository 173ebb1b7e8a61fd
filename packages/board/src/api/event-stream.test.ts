// @vitest-environment node
// The live feed against a real HTTP server: a dropped connection is retried with Last-Event-ID,
// and the status goes live → reconnecting → live.
/* eslint-disable no-restricted-imports -- the test (never the board) runs a real HTTP server */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openEventStream, type StreamStatus } from './event-stream.ts';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

function serve(
  handler: (req: IncomingMessage, res: ServerResponse, n: number) => void,
): Promise<string> {
  let n = 0;
  const server = createServer((req, res) => handler(req, res, n++));
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/events`),
    ),
  );
}

const until = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('the live event stream', () => {
  it('reconnects after the server drops it and resumes after the last event it saw', async () => {
    const lastIds: (string | undefined)[] = [];
    const url = await serve((req, res, n) => {
      lastIds.push(req.headers['last-event-id'] as string | undefined);
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      if (n === 0) {
        res.write('id: 7\nevent: card.moved\ndata: {"cardId":"a"}\n\n');
        setTimeout(() => res.destroy(), 50); // the connection breaks
      } else {
        res.write(': keep-alive\n\nid: 8\nevent: card.updated\ndata: {"cardId":"b"}\n\n');
      }
    });
    const statuses: StreamStatus[] = [];
    const messages: { id?: string; event?: string; data: string }[] = [];
    const stop = openEventStream({
      url,
      initialDelayMs: 20,
      onStatus: (s) => statuses.push(s),
      onMessage: (m) => messages.push(m),
    });
    await until(() => messages.length === 2);
    stop();
    expect(lastIds).toEqual([undefined, '7']);
    expect(messages.map((m) => [m.id, m.event])).toEqual([
      ['7', 'card.moved'],
      ['8', 'card.updated'],
    ]);
    expect(statuses.slice(0, 4)).toEqual(['connecting', 'live', 'reconnecting', 'live']);
  });

  it('keeps trying while the server is down, saying it is reconnecting', async () => {
    const url = await serve((_req, res, n) => {
      if (n < 2) {
        res.writeHead(503, { 'Content-Type': 'application/problem+json' });
        res.end('{"detail":"The server is busy."}');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write('id: 1\ndata: {}\n\n');
    });
    const statuses: StreamStatus[] = [];
    const stop = openEventStream({
      url,
      initialDelayMs: 10,
      onStatus: (s) => statuses.push(s),
      onMessage: () => {},
    });
    await until(() => statuses.includes('live'));
    stop();
    expect(statuses.filter((s) => s === 'reconnecting').length).toBe(2);
  });

  it('drops a connection that has gone silent and connects again', async () => {
    const url = await serve((_req, res, n) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      res.write(`id: ${n + 1}\ndata: {}\n\n`); // then nothing, not even a keep-alive
    });
    const ids: (string | undefined)[] = [];
    const stop = openEventStream({
      url,
      initialDelayMs: 10,
      idleTimeoutMs: 100,
      onStatus: () => {},
      onMessage: (m) => ids.push(m.id),
    });
    await until(() => ids.length >= 2);
    stop();
    expect(ids.slice(0, 2)).toEqual(['1', '2']);
  });

  it('stops and reports it when the session is gone (401)', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(401, { 'Content-Type': 'application/problem+json' });
      res.end('{"detail":"Please sign in."}');
    });
    let unauthorized = 0;
    const statuses: StreamStatus[] = [];
    openEventStream({
      url,
      onStatus: (s) => statuses.push(s),
      onMessage: () => {},
      onUnauthorized: () => unauthorized++,
    });
    await until(() => statuses.includes('stopped'));
    expect(unauthorized).toBe(1);
  });
});
