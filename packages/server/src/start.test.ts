import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readConfig } from './config.ts';
import { startServer } from './start.ts';

it('reads the configuration from the environment and flags', () => {
  const config = readConfig({ PORT: '4100', STAGEFLOW_DEMO: '0' }, []);
  expect(config).toMatchObject({ port: 4100, demo: false, adminEmail: 'admin@stageflow.local' });
  expect(readConfig({}, []).demo).toBe(true);
  expect(readConfig({}, ['--no-demo']).demo).toBe(false);
  expect(() => readConfig({ PORT: 'http' }, [])).toThrow(/PORT/);
});

it('starts on a fresh data directory, creates and prints the first admin once, and serves over HTTP', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'stageflow-start-'));
  const lines: string[] = [];
  const config = { ...readConfig({ STAGEFLOW_DATA: dataDir, PORT: '0' }, ['--no-demo']) };
  try {
    const server = await startServer(config, (l) => lines.push(l));
    const admin = server.accounts.find((a) => a.role === 'admin');
    expect(admin?.generatedPassword).toBeDefined();
    expect(lines.join('\n')).toContain(admin!.generatedPassword!);
    expect(lines.at(-1)).toMatch(/running at http:\/\/localhost:\d+/);

    const health = await fetch(`${server.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'sqlite' });
    const login = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email: 'admin@stageflow.local', password: admin!.generatedPassword }),
    });
    expect(login.status).toBe(200);
    const workflows = await fetch(`${server.url}/api/workflows`, {
      headers: { cookie: login.headers.get('set-cookie')!.split(';')[0]! },
    });
    expect(workflows.status).toBe(200);
    // A body that arrives in pieces is read whole (bodies are read straight off the socket).
    const body = JSON.stringify({
      email: 'admin@stageflow.local',
      password: admin!.generatedPassword,
    });
    expect(await postInTwoPieces(`${server.url}/api/session`, server.url, body)).toBe(200);
    await server.close();

    const again = await startServer(config, () => undefined);
    expect(again.accounts).toEqual([]);
    await again.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

it('with demo data on, adds a manager and a viewer (printed) and seeds cards across the lifecycles', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'stageflow-demo-'));
  const lines: string[] = [];
  try {
    const server = await startServer(readConfig({ STAGEFLOW_DATA: dataDir, PORT: '0' }, []), (l) =>
      lines.push(l),
    );
    expect(server.accounts.map((a) => a.role).sort()).toEqual(['admin', 'manager', 'viewer']);
    const manager = server.accounts.find((a) => a.role === 'manager')!;
    expect(lines.join('\n')).toContain(manager.generatedPassword!);
    const login = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email: manager.email, password: manager.generatedPassword }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const cards = await server.store.db.selectFrom('cards').select(['workflow_key']).execute();
    expect(new Set(cards.map((c) => c.workflow_key))).toEqual(
      // The purchase order: the demo's part below its reorder point opened it.
      new Set(['deal', 'repair', 'return', 'warranty', 'purchase_order']),
    );
    expect(cards.length).toBeGreaterThanOrEqual(24);
    const board = await fetch(`${server.url}/api/board/repair`, { headers: { cookie } });
    expect(board.status).toBe(200);
    await server.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

function postInTwoPieces(url: string, origin: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        origin,
      },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half));
    setTimeout(() => req.end(body.slice(half)), 50);
  });
}
