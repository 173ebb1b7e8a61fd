// The live feed survives a server restart: the board says it is reconnecting, then catches up.
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import {
  apiSession,
  card,
  column,
  createCard,
  launchBrowser,
  signedInPage,
  startServer,
  type RunningServer,
} from './harness.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({
    demo: false,
    keepData: true,
    builtBoard: inject('stack').builtBoard,
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) rmSync(server.dataDir, { recursive: true, force: true }); // kept across the restart
});

describe('when the server goes away and comes back', () => {
  it('shows "Reconnecting…", then applies what changed meanwhile', async () => {
    const api = await apiSession(server.baseUrl, server.admin);
    const { id, etag } = await createCard(api, 'repair', 'E2E Toaster T-4', {
      customer: 'Hostel Süd',
      equipment: 'Toaster',
      serialNumber: 'TS-4',
    });
    const { context, page } = await signedInPage(
      browser,
      server.baseUrl,
      server.admin,
      '/board/repair',
    );
    await card(column(page, 'Received'), 'E2E Toaster T-4').waitFor();
    await page.getByText('Live', { exact: true }).waitFor();

    const { port, dataDir } = server;
    await server.stop();
    await page.getByText('Reconnecting…').waitFor();

    server = await startServer({
      demo: false,
      port,
      dataDir,
      keepData: true,
      builtBoard: inject('stack').builtBoard,
    });
    const again = await apiSession(server.baseUrl, server.admin);
    const moved = await again.call(
      'POST',
      `/api/cards/${id}/transitions`,
      { event: 'start_diagnosis' },
      { 'If-Match': etag },
    );
    if (moved.status !== 200) throw new Error(`Move answered ${moved.status}`);

    await page.getByText('Live', { exact: true }).waitFor({ timeout: 30_000 });
    await card(column(page, 'Diagnosis'), 'E2E Toaster T-4').waitFor({ timeout: 10_000 });
    await context.close();
  });
});
