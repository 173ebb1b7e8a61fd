// What a manager does on the board, in a real Chromium against the real server.
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  apiSession,
  card,
  column,
  createCard,
  dragTo,
  launchBrowser,
  screenshot,
  signedInPage,
  type ApiSession,
} from './harness.ts';
import { seedShowcase } from './showcase.ts';

const { baseUrl, admin } = inject('stack');
let browser: Browser;
let api: ApiSession;

/** A column's money total as a number (0 when it shows none). */
async function moneyTotal(scope: Locator): Promise<number> {
  const shown = scope.locator('.column-total');
  if ((await shown.count()) === 0) return 0;
  return Number(((await shown.textContent()) ?? '').replace(/[^0-9.-]/g, ''));
}

const repair = (title: string, extra: Record<string, string | number | boolean> = {}) =>
  createCard(api, 'repair', title, {
    customer: 'Café Nord',
    equipment: title,
    serialNumber: `SN-${title.length}-${Math.round(Math.random() * 1e6)}`,
    ...extra,
  });

beforeAll(async () => {
  browser = await launchBrowser();
  api = await apiSession(baseUrl, admin);
});

afterAll(async () => {
  await browser?.close();
});

describe('the board in a real browser', () => {
  it('signs in and shows the repair board with its columns', async () => {
    // The docs screenshot wants a lived-in board: add realistic cards if demo data is thin.
    const board = await api.call<{ columns: { cards: unknown[] }[] }>('GET', '/api/board/repair');
    const count = board.data.columns.reduce((n, c) => n + c.cards.length, 0);
    if (count < 12) {
      const me = await api.call<{ id?: string; user?: { id: string } }>('GET', '/api/me');
      await seedShowcase(api, me.data.id ?? me.data.user?.id ?? '');
    }
    const { context, page } = await signedInPage(browser, baseUrl, admin, '/board/repair');
    await column(page, 'Received').waitFor();
    await column(page, 'Diagnosis').waitFor();
    const labels = await page.locator('.column-title').allTextContents();
    expect(labels.slice(0, 3)).toEqual(['Received', 'Diagnosis', 'Awaiting approval']);
    const boards = page.getByRole('navigation', { name: 'Boards' });
    const current = boards.getByRole('link', { name: /repairs/i });
    expect(await current.getAttribute('aria-current')).toBe('page');
    await page.waitForTimeout(300);
    await screenshot(page, 'board.png'); // before the tests below add their own cards

    // The choice of board is remembered: the home page opens it again.
    await page.goto('/');
    await page.waitForURL('**/board/repair');
    await page.getByText('Live', { exact: true }).waitFor();
    await context.close();
  });

  it('drags a repair to the next stage, and it is still there after a reload', async () => {
    await repair('E2E Grinder G-200');
    const { context, page } = await signedInPage(browser, baseUrl, admin, '/board/repair');
    const source = card(column(page, 'Received'), 'E2E Grinder G-200');
    await dragTo(page, source, column(page, 'Diagnosis'));
    await card(column(page, 'Diagnosis'), 'E2E Grinder G-200').waitFor();

    await page.reload();
    await card(column(page, 'Diagnosis'), 'E2E Grinder G-200').waitFor();
    expect(await card(column(page, 'Received'), 'E2E Grinder G-200').count()).toBe(0);
    await context.close();
  });

  it('moves a card with the keyboard alone, telling the screen reader where it is', async () => {
    await repair('E2E Kettle K-1');
    const { context, page } = await signedInPage(browser, baseUrl, admin, '/board/repair');
    await card(column(page, 'Received'), 'E2E Kettle K-1').focus();
    await page.keyboard.press('Space');
    const live = page.locator('[id^=DndLiveRegion]');
    const heard = async (words: string) =>
      page.waitForFunction(
        ([el, text]) => (el as Element | null)?.textContent?.includes(text as string) ?? false,
        [await live.elementHandle(), words] as const,
      );
    await heard('E2E Kettle K-1 is over Received');
    await page.waitForTimeout(100); // the keyboard sensor starts listening a tick after pickup
    await page.keyboard.press('ArrowRight');
    await heard('over Diagnosis: it can move here');
    await page.keyboard.press('Space');
    await card(column(page, 'Diagnosis'), 'E2E Kettle K-1').waitFor();
    await page.reload();
    const moved = card(column(page, 'Diagnosis'), 'E2E Kettle K-1');
    await moved.focus();
    await page.keyboard.press('Enter'); // opens the card
    await page.getByRole('dialog', { name: 'E2E Kettle K-1' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'E2E Kettle K-1' }).waitFor({ state: 'detached' });
    expect(await moved.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('keeps a new order within a column after a reload', async () => {
    for (const title of ['E2E Order A', 'E2E Order B', 'E2E Order C']) await repair(title);
    const { context, page } = await signedInPage(browser, baseUrl, admin, '/board/repair');
    const received = column(page, 'Received');
    await card(received, 'E2E Order C').waitFor();
    const order = async () =>
      (await received.locator('.card-title').allTextContents()).filter((t) =>
        t.startsWith('E2E Order'),
      );
    expect(await order()).toEqual(['E2E Order A', 'E2E Order B', 'E2E Order C']);

    await dragTo(page, card(received, 'E2E Order C'), card(received, 'E2E Order A'));
    await page.waitForFunction(
      () =>
        document.querySelector('[data-card-id]') !== null &&
        !document.querySelector('.columns.is-dragging'),
    );
    const after = await order();
    expect(after.indexOf('E2E Order C')).toBeLessThan(2);
    await page.waitForTimeout(500); // the PATCH settles
    await page.reload();
    await card(received, 'E2E Order C').waitFor();
    expect(await order()).toEqual(after);
    await context.close();
  });

  it('shows why a move is blocked while dragging, and again after the drop', async () => {
    const { id, etag } = await repair('E2E Mixer M-7', { underWarranty: false });
    const moved = await api.call(
      'POST',
      `/api/cards/${id}/transitions`,
      { event: 'start_diagnosis' },
      { 'If-Match': etag },
    );
    expect(moved.status).toBe(200);

    const { context, page } = await signedInPage(browser, baseUrl, admin, '/board/repair');
    const source = card(column(page, 'Diagnosis'), 'E2E Mixer M-7');
    await source.waitFor();
    // The board holds every field: the engine in the page decides the drop targets by itself.
    const asked: string[] = [];
    const record = (request: { url: () => string }) => {
      if (!request.url().includes('/api/events')) asked.push(request.url());
    };
    page.on('request', record);
    await dragTo(page, source, column(page, 'In repair'), { release: false });
    const hint = column(page, 'In repair').getByRole('note');
    await hint.waitFor();
    expect(await hint.textContent()).toContain('Only repairs under warranty skip the quote.');
    expect(asked).toEqual([]);
    page.off('request', record);
    await page.mouse.up();

    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'Only repairs under warranty skip the quote.' });
    await alert.waitFor();
    await card(column(page, 'Diagnosis'), 'E2E Mixer M-7').waitFor();
    await context.close();
  });

  it('asks for the fields a move needs, then makes the move', async () => {
    const { id, etag } = await repair('E2E Oven O-33', { underWarranty: false });
    await api.call(
      'POST',
      `/api/cards/${id}/transitions`,
      { event: 'start_diagnosis' },
      { 'If-Match': etag },
    );

    const { context, page } = await signedInPage(browser, baseUrl, admin, '/board/repair');
    await card(column(page, 'Diagnosis'), 'E2E Oven O-33').waitFor();
    const quotesBefore = await moneyTotal(column(page, 'Awaiting approval'));
    await dragTo(
      page,
      card(column(page, 'Diagnosis'), 'E2E Oven O-33'),
      column(page, 'Awaiting approval'),
    );
    const dialog = page.getByRole('dialog', { name: /Send quote/ });
    await dialog.waitFor();
    await dialog.getByLabel(/Diagnosis/).fill('Heating element burnt out');
    await dialog.getByLabel(/Quote/).fill('240');
    await dialog.getByRole('button', { name: /Send quote/ }).click();
    await card(column(page, 'Awaiting approval'), 'E2E Oven O-33').waitFor();
    // The quote is not on the card face, yet the column's total counts it at once.
    await expect
      .poll(() => moneyTotal(column(page, 'Awaiting approval')))
      .toBeCloseTo(quotesBefore + 240, 2);

    const saved = await api.call<{ stage?: string; fields?: Record<string, unknown> }>(
      'GET',
      `/api/cards/${id}`,
    );
    expect(saved.data.stage).toBe('awaiting_approval');
    expect(saved.data.fields).toMatchObject({
      diagnosis: 'Heating element burnt out',
      quoteAmount: 240,
    });
    await context.close();
  });

  it('says who changed a card first when the board was out of date, and reloads it', async () => {
    const quinn = { email: `quinn-${Date.now()}@stageflow.test`, password: 'quinn-password-123' };
    const created = await api.call('POST', '/api/users', {
      ...quinn,
      name: 'Quinn Keller',
      role: 'manager',
    });
    expect(created.status).toBe(201);
    const { id } = await repair('E2E Heater H-2');

    const { context, page } = await signedInPage(browser, baseUrl, admin, '/board/repair');
    await card(column(page, 'Received'), 'E2E Heater H-2').waitFor();
    // This board stops hearing live changes, so it keeps the card's old revision.
    await page.route('**/api/events', (route) => route.abort());
    await page.reload();
    await card(column(page, 'Received'), 'E2E Heater H-2').waitFor();
    await page.getByText('Reconnecting…').waitFor();
    const other = await apiSession(baseUrl, quinn);
    const current = await other.call('GET', `/api/cards/${id}`);
    const edited = await other.call(
      'PATCH',
      `/api/cards/${id}`,
      { fields: { purchaseDate: '2025-01-15' } },
      { 'If-Match': current.etag ?? '' },
    );
    expect(edited.status).toBe(200);

    await dragTo(page, card(column(page, 'Received'), 'E2E Heater H-2'), column(page, 'Diagnosis'));
    await page
      .getByRole('alert')
      .filter({ hasText: 'Quinn Keller changed this card first' })
      .waitFor();
    await card(column(page, 'Received'), 'E2E Heater H-2').waitFor();
    await context.close();
  });

  it('shows one person’s move to another person live, without a reload', async () => {
    await repair('E2E Fridge F-9');
    const alice = await signedInPage(browser, baseUrl, admin, '/board/repair');
    const bob = await signedInPage(browser, baseUrl, admin, '/board/repair');
    await card(column(bob.page, 'Received'), 'E2E Fridge F-9').waitFor();
    await bob.page.getByText('Live', { exact: true }).waitFor();

    await dragTo(
      alice.page,
      card(column(alice.page, 'Received'), 'E2E Fridge F-9'),
      column(alice.page, 'Diagnosis'),
    );
    await card(column(bob.page, 'Diagnosis'), 'E2E Fridge F-9').waitFor({ timeout: 10_000 });
    await alice.context.close();
    await bob.context.close();
  });

  it('creates a deal from the generated form and finds it with the filters kept in the URL', async () => {
    const { context, page } = await signedInPage(browser, baseUrl, admin, '/board/deal');
    await column(page, 'New').waitFor();
    await page.getByRole('button', { name: 'New card' }).click();
    const form = page.getByRole('dialog', { name: /New card in/ });
    await form.getByRole('button', { name: 'Create card' }).click();
    await form.getByText('Customer is required.').waitFor(); // checked in the browser first
    await form.getByLabel('Title').fill('E2E Coffee fleet — Hotel Zenit');
    await form.getByLabel(/^Customer(?! record)/).fill('Hotel Zenit');
    await form.getByLabel(/Amount/).fill('23500');
    await form.getByRole('button', { name: 'Create card' }).click();
    const created = card(column(page, 'New'), 'E2E Coffee fleet — Hotel Zenit');
    await created.waitFor();
    expect(await created.textContent()).toContain('€23,500.00');

    await page.getByLabel('Search cards').fill('zenit');
    await page.waitForURL(/[?&]q=zenit/);
    await page.reload();
    expect(await page.getByLabel('Search cards').inputValue()).toBe('zenit');
    expect(await page.locator('.card-title').allTextContents()).toEqual([
      'E2E Coffee fleet — Hotel Zenit',
    ]);
    await page.getByLabel('Overdue only').check();
    await page.waitForURL(/overdue=1/);
    await column(page, 'New').getByText('No cards match the filters').waitFor();
    await context.close();
  });

  it('lets a viewer read the board but not move or edit cards', async () => {
    const vera = { email: `vera-${Date.now()}@stageflow.test`, password: 'vera-password-123' };
    expect(
      (await api.call('POST', '/api/users', { ...vera, name: 'Vera Viewer', role: 'viewer' }))
        .status,
    ).toBe(201);
    // Names come from the directory, which every signed-in person may read.
    const nora = await api.call<{ id: string }>('POST', '/api/users', {
      email: `nora-${Date.now()}@stageflow.test`,
      password: 'nora-password-123',
      name: 'Nora Lindqvist',
      role: 'manager',
    });
    expect(nora.status).toBe(201);
    const assigned = await api.call('POST', '/api/cards', {
      workflow: 'repair',
      title: 'E2E Named N-1',
      assignee: nora.data.id,
      fields: { customer: 'Café Nord', equipment: 'Blender', serialNumber: 'N-1' },
    });
    expect(assigned.status).toBe(201);
    const { context, page } = await signedInPage(browser, baseUrl, vera, '/board/repair');
    const named = card(column(page, 'Received'), 'E2E Named N-1');
    await named.getByText('Assigned to Nora Lindqvist').waitFor({ state: 'attached' });
    expect(await named.locator('.avatar').textContent()).toBe('NL');
    const first = column(page, 'Diagnosis').getByRole('button').first();
    await first.waitFor();
    expect(await page.getByRole('button', { name: 'New card' }).count()).toBe(0);
    expect(await first.getAttribute('aria-roledescription')).toBeNull(); // not draggable
    await first.click();
    const drawer = page
      .getByRole('dialog')
      .filter({ has: page.getByRole('heading', { name: 'History' }) });
    await drawer.waitFor();
    expect(await drawer.getByLabel('Title').isDisabled()).toBe(true);
    expect(await drawer.getByRole('button', { name: /Cancel repair/ }).isDisabled()).toBe(true);
    await context.close();
  });

  it('opens a card drawer with its fields, moves and history (screenshots for the docs)', async () => {
    const { id, etag } = await repair('E2E Drawer D-1');
    await api.call(
      'POST',
      `/api/cards/${id}/transitions`,
      { event: 'start_diagnosis' },
      { 'If-Match': etag },
    );
    const { context, page } = await signedInPage(browser, baseUrl, admin, '/board/repair');
    await card(column(page, 'Diagnosis'), 'E2E Drawer D-1').click();
    const drawer = page.getByRole('dialog', { name: 'E2E Drawer D-1' });
    await drawer.getByRole('heading', { name: 'History' }).waitFor();
    await drawer
      .getByText(/moved it/)
      .first()
      .waitFor();
    expect(await drawer.getByRole('button', { name: /Cancel repair/ }).isEnabled()).toBe(true);
    expect(
      await drawer.getByRole('button', { name: /Under warranty: start repair/ }).isDisabled(),
    ).toBe(true);
    await drawer.getByText('Only repairs under warranty skip the quote.').first().waitFor();

    // For the docs: a card further along, with a longer history.
    await page.getByRole('button', { name: 'Close card' }).click();
    await page.reload(); // columns scrolled back to the top
    await column(page, 'Awaiting approval').getByRole('button').first().click();
    await page.getByRole('dialog').getByRole('heading', { name: 'History' }).waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'card-drawer.png');
    await context.close();
  });
});
