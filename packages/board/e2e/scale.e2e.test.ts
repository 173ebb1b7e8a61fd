// Thousands of cards: the board loads quickly and keeps only the visible cards in the page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  apiSession,
  column,
  dragTo,
  launchBrowser,
  signedInPage,
  startServer,
  type RunningServer,
} from './harness.ts';

const CARDS = 1500;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ demo: false, builtBoard: inject('stack').builtBoard });
  browser = await launchBrowser();
  const api = await apiSession(server.baseUrl, server.admin);
  let next = 0;
  const worker = async () => {
    while (next < CARDS) {
      const i = next++;
      const { status } = await api.call('POST', '/api/cards', {
        workflow: 'return',
        title: `Return ${String(i).padStart(4, '0')} — blender`,
        fields: {
          customer: `Customer ${i % 300}`,
          product: `Blender B-${i % 40}`,
          orderNumber: `ORD-${100000 + i}`,
        },
      });
      if (status !== 201) throw new Error(`Creating card ${i} answered ${status}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe(`a board with ${CARDS} cards in one column`, () => {
  it('loads in a few seconds, renders only the visible cards, and still drags', async () => {
    const { context, page } = await signedInPage(
      browser,
      server.baseUrl,
      server.admin,
      '/board/deal',
    );
    await column(page, 'New').waitFor();
    const started = Date.now();
    await page.goto('/board/return');
    const requested = column(page, 'Requested');
    await requested.getByRole('button', { name: 'Return 0000 — blender' }).waitFor();
    const loadMs = Date.now() - started;
    expect(loadMs).toBeLessThan(5000);
    expect(await requested.locator('.column-count').textContent()).toBe(String(CARDS));
    expect(await page.locator('.card').count()).toBeLessThan(60);

    // Scrolling to the end brings the last card in, still with a small page.
    await requested.locator('.column-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await requested.getByRole('button', { name: `Return ${CARDS - 1} — blender` }).waitFor();
    expect(await page.locator('.card').count()).toBeLessThan(60);

    await requested.locator('.column-scroll').evaluate((el) => (el.scrollTop = 0));
    const first = requested.getByRole('button', { name: 'Return 0000 — blender' });
    await dragTo(page, first, column(page, 'Authorized'), { release: false });
    await page.locator('section.column.drop-allowed.is-over').waitFor();
    expect(await page.locator('section.column.drop-unrelated').count()).toBeGreaterThan(3);
    await page.keyboard.press('Escape');
    await page.locator('.columns.is-dragging').waitFor({ state: 'detached' });
    expect(await requested.locator('.column-count').textContent()).toBe(String(CARDS));
    console.log(`${CARDS} cards: board shown in ${loadMs} ms`);
    await context.close();
  });
});
