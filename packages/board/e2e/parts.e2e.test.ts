// Parts as a workshop runs them: a repair's parts lines reserve stock when the customer approves
// and leave the shelf at hand-back; stock falling below its reorder point opens a purchase order,
// and receiving it lets the repair waiting for the part move on, which the board says.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  apiSession,
  card,
  column,
  createCard,
  dragTo,
  launchBrowser,
  signedInPage,
  type ApiSession,
} from './harness.ts';

let browser: Browser;
let api: ApiSession;

beforeAll(async () => {
  browser = await launchBrowser();
  const { baseUrl, admin } = inject('stack');
  api = await apiSession(baseUrl, admin);
});

afterAll(async () => {
  await browser?.close();
});

async function newPart(sku: string, name: string, onHand: number, reorderPoint: number) {
  const res = await api.call<{ id: string }>('POST', '/api/parts', {
    sku,
    name,
    cost: 20,
    price: 35,
    onHand,
    reorderPoint,
    reorderQuantity: 5,
  });
  expect(res.status).toBe(201);
  return res.data.id;
}

async function repairCard(title: string) {
  return createCard(api, 'repair', title, {
    customer: 'Café Central',
    equipment: 'Espresso machine',
    serialNumber: `EM-${title}`,
  });
}

/** Moves a card through the API at its current revision. */
async function move(id: string, event: string, fields?: Record<string, unknown>) {
  const current = await api.call<{ revision: number }>('GET', `/api/cards/${id}`);
  const res = await api.call(
    'POST',
    `/api/cards/${id}/transitions`,
    { event, ...(fields ? { fields } : {}) },
    { 'If-Match': `"${current.data.revision}"` },
  );
  expect(res.status, JSON.stringify(res.data)).toBe(200);
}

async function stockRow(page: Page, sku: string) {
  await page.goto('/stock');
  const row = page.locator(`tr[data-sku="${sku}"]`);
  await row.waitFor();
  return row;
}

describe('parts and stock', () => {
  it('a repair reserves its parts on approval and consumes them at hand-back', async () => {
    const { baseUrl, admin } = inject('stack');
    const stamp = Date.now().toString(36).toUpperCase();
    const sku = `GS-${stamp}`;
    await newPart(sku, `Group seal ${stamp}`, 5, 0);
    const title = `E2E Parts ${stamp}`;
    const repair = await repairCard(title);
    await move(repair.id, 'start_diagnosis');
    await move(repair.id, 'send_quote', { diagnosis: 'Group seal worn', quoteAmount: 1 });

    const { context, page } = await signedInPage(browser, baseUrl, admin, '/board/repair');
    await card(column(page, 'Awaiting approval'), title).click();
    const drawer = page.getByRole('dialog', { name: title });
    const parts = drawer.getByRole('region', { name: 'Parts' });
    await parts.getByLabel('Part').selectOption({ label: `${sku} · Group seal ${stamp} (5 free)` });
    await parts.getByLabel('Quantity').fill('2');
    await parts.getByRole('button', { name: 'Add part' }).click();
    await parts.getByText('On the quote').waitFor();
    // The quote is the parts the customer pays for (2 × 35) plus labour (none yet).
    await expect
      .poll(
        async () =>
          (await api.call<{ fields: { quoteAmount?: number } }>('GET', `/api/cards/${repair.id}`))
            .data.fields.quoteAmount,
      )
      .toBe(70);

    await move(repair.id, 'approve_quote', { partsNeeded: 'Group seal' });
    await parts.getByText('Reserved', { exact: true }).waitFor();
    let row = await stockRow(page, sku);
    expect(await row.getByTestId('available').textContent()).toBe('3');

    await move(repair.id, 'parts_arrived');
    await move(repair.id, 'send_to_qc');
    await move(repair.id, 'pass_qc', { qualityCheck: 'passed' });
    await page.goto(`/board/repair?card=${encodeURIComponent(repair.id)}`);
    const handBack = page.getByRole('dialog', { name: title });
    await handBack.getByRole('button', { name: /Hand back to customer/ }).click();
    await handBack.getByText('Used', { exact: true }).waitFor();
    row = await stockRow(page, sku);
    // Two units left the shelf; nothing is reserved any more.
    expect(await row.locator('td').nth(3).textContent()).toBe('3');
    expect(await row.locator('td').nth(4).textContent()).toBe('0');
    await context.close();
  });

  it('falling below the reorder point opens a purchase order; receiving it frees the waiting repair', async () => {
    const { baseUrl, admin } = inject('stack');
    const stamp = Date.now().toString(36).toUpperCase();
    const sku = `HE-${stamp}`;
    const name = `Heating element ${stamp}`;
    await newPart(sku, name, 3, 2);
    const first = `E2E Heater A ${stamp}`;
    const second = `E2E Heater B ${stamp}`;
    for (const title of [first, second]) {
      const repair = await repairCard(title);
      await api.call('POST', `/api/cards/${repair.id}/parts`, { part: sku, quantity: 2 });
      await move(repair.id, 'start_diagnosis');
      await move(repair.id, 'send_quote', { diagnosis: 'Element burnt', quoteAmount: 1 });
      await move(repair.id, 'approve_quote', { partsNeeded: 'Heating element' });
    }

    const { context, page } = await signedInPage(browser, baseUrl, admin, '/stock');
    const row = await stockRow(page, sku);
    await row.getByText('Low stock').waitFor();
    expect(await row.getAttribute('class')).toContain('is-low');

    // The second repair waits for its part, and the board says so.
    await page.goto('/board/repair');
    const waiting = card(column(page, 'Awaiting parts'), second);
    await waiting.getByText('Waiting for 1 part').waitFor();
    await card(column(page, 'Awaiting parts'), first)
      .getByText('Parts in stock: ready to move on')
      .waitFor();

    // The reorder opened a purchase order; order it and receive the goods in the browser.
    await page.goto('/board/purchase_order');
    const orderTitle = `${sku} · ${name}`;
    await dragTo(page, card(column(page, 'Requested'), orderTitle), column(page, 'Ordered'));
    await card(column(page, 'Ordered'), orderTitle).waitFor();
    await dragTo(page, card(column(page, 'Ordered'), orderTitle), column(page, 'Received'));
    const receipt = page.getByRole('dialog', { name: /Receive the rest/ });
    await receipt.getByLabel(/Quantity received now/).fill('5');
    await receipt.getByRole('button', { name: /Receive the rest/ }).click();
    await card(column(page, 'Received'), orderTitle).waitFor();

    await page.goto('/board/repair');
    const covered = card(column(page, 'Awaiting parts'), second);
    await covered.getByText('Parts in stock: ready to move on').waitFor();
    await dragTo(page, covered, column(page, 'In repair'));
    await card(column(page, 'In repair'), second).waitFor();
    await context.close();
  });
});
