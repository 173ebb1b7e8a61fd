// A big board: the server sends counts and a first window per column; scrolling loads later
// windows, a live move made elsewhere moves the counts, and search runs on the server.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDeals } from '../../server/test/support/bulk-cards.ts';
import {
  apiSession,
  card,
  column,
  dragTo,
  launchBrowser,
  signedInPage,
  startServer,
  type RunningServer,
} from './harness.ts';

const CARDS = 7000; // 1,000 per column of the deal board
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'stageflow-e2e-scale-'));
  await seedDeals(dataDir, { total: CARDS, title: (i) => `Deal ${i}` });
  server = await startServer({ demo: false, dataDir, builtBoard: inject('stack').builtBoard });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe(`a board of ${CARDS} cards`, () => {
  it('loads later windows as a column scrolls, keeping few cards in the page', async () => {
    const { context, page } = await signedInPage(browser, server.baseUrl, server.admin);
    await page.goto('/board/deal');
    const newDeals = column(page, 'New');
    await card(newDeals, 'Deal 7').waitFor();
    expect(await newDeals.locator('.column-count').textContent()).toBe('1000');
    expect(await page.locator('.card').count()).toBeLessThan(120);

    // The last deal of the column (i = 6993) is twenty windows down.
    const last = card(newDeals, 'Deal 6993');
    const scroller = newDeals.locator('.column-scroll');
    for (let i = 0; i < 200 && !(await last.isVisible()); i++) {
      await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
      await page.waitForTimeout(100);
    }
    await last.waitFor();
    expect(await page.locator('.card').count()).toBeLessThan(120);

    // Drop targets still come from the engine in the browser.
    await scroller.evaluate((el) => (el.scrollTop = 0));
    await dragTo(page, card(newDeals, 'Deal 7'), column(page, 'Qualified'), { release: false });
    await page.locator('section.column.drop-allowed.is-over').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.columns.is-dragging').waitFor({ state: 'detached' });
    await context.close();
  });

  it('moves the counts when another session moves a card the page never loaded', async () => {
    const { context, page } = await signedInPage(browser, server.baseUrl, server.admin);
    await page.goto('/board/deal');
    const qualified = column(page, 'Qualified');
    const demo = column(page, 'Demo');
    await card(qualified, 'Deal 8').waitFor();
    const before = Number(await qualified.locator('.column-count').textContent());
    const demoBefore = Number(await demo.locator('.column-count').textContent());

    // Deal 6994 is far below the first window of Qualified.
    const api = await apiSession(server.baseUrl, server.admin);
    const found = await api.call<{ cards: { id: string; revision: number }[] }>(
      'GET',
      '/api/cards?workflow=deal&q=Deal%206994',
    );
    const target = found.data.cards[0]!;
    const moved = await api.call(
      'POST',
      `/api/cards/${target.id}/transitions`,
      { event: 'schedule_demo' },
      {
        'If-Match': `"${target.revision}"`,
      },
    );
    expect(moved.status).toBe(200);

    await qualified.locator('.column-count', { hasText: String(before - 1) }).waitFor();
    await demo.locator('.column-count', { hasText: String(demoBefore + 1) }).waitFor();
    await context.close();
  });

  it('asks nothing more than the search and the board back while searching, then moves at once', async () => {
    const { context, page } = await signedInPage(browser, server.baseUrl, server.admin);
    await page.goto('/board/deal');
    const newDeals = column(page, 'New');
    const board = page.getByRole('main').and(page.locator('[aria-busy="false"]'));
    await newDeals.locator('.card').first().waitFor();
    await board.waitFor();
    const first = (await newDeals.locator('.card .card-title').first().textContent()) ?? '';
    const asked: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/board/')) asked.push(`${url.pathname}${url.search}`);
    });

    // Typed slowly, each word is a search of its own.
    const search = page.getByRole('searchbox', { name: 'Search cards' });
    await search.click();
    for (const text of ['customer', ' ', '42']) {
      await page.keyboard.type(text);
      await page.waitForTimeout(400);
    }
    await board.waitFor();
    await search.fill('');
    await card(newDeals, first).waitFor();
    await board.waitFor();
    // Every column showed its first window; none asked for the next one with the cursor of a
    // board the search had replaced.
    expect(asked.filter((path) => path.includes('/columns/'))).toEqual([]);

    // The moved card goes to the end of Qualified, far below its first window.
    const committed = page.waitForResponse((r) => r.url().endsWith('/transitions'));
    await dragTo(page, card(newDeals, first), column(page, 'Qualified'));
    expect((await committed).status()).toBe(200);
    await card(newDeals, first).waitFor({ state: 'detached' });
    await context.close();
  });

  it('finds a card on the server that no loaded window holds', async () => {
    const { context, page } = await signedInPage(browser, server.baseUrl, server.admin);
    await page.goto('/board/deal');
    const demo = column(page, 'Demo');
    await card(demo, 'Deal 9').waitFor();
    expect(await card(demo, 'Deal 5000').count()).toBe(0);
    await page.getByRole('searchbox', { name: 'Search cards' }).fill('deal 5000');
    await card(demo, 'Deal 5000').waitFor();
    expect(await card(demo, 'Deal 9').count()).toBe(0);
    expect(await demo.locator('.column-count').textContent()).toMatch(/^\d+ \/ 100\d$/);
    await context.close();
  });
});
