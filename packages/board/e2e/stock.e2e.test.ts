// Stock as a Korean workshop runs it, in a real Chromium against the real server: a repair takes
// the part below its reorder point, a purchase order opens by itself, receiving it raises stock,
// and the repair still waiting for the part may leave Awaiting parts — which another person
// watching the repair board sees at once, on the tile and in the open drawer.
import type { Browser, Page } from 'playwright-core';
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

const { baseUrl, admin } = inject('stack');
let browser: Browser;
let api: ApiSession;
// A manager of their own, so the stored language never leaks into the other suites' admin.
const manager = { email: `jiho.${Date.now()}@stageflow.test`, password: 'e2e-manager-pass-1' };

beforeAll(async () => {
  browser = await launchBrowser();
  api = await apiSession(baseUrl, admin);
  const created = await api.call('POST', '/api/users', {
    ...manager,
    name: '박지호',
    role: 'manager',
  });
  expect(created.status).toBe(201);
});

afterAll(async () => {
  await browser?.close();
});

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

/** A repair with `quantity` of `sku` on its quote, moved to Awaiting parts (which reserves). */
async function repairWaitingFor(title: string, sku: string, quantity: number) {
  const repair = await createCard(api, 'repair', title, {
    customer: '한빛카페',
    equipment: '라마르조코 리네아',
    serialNumber: `KR-${title.length}-${Math.round(Math.random() * 1e6)}`,
  });
  const line = await api.call('POST', `/api/cards/${repair.id}/parts`, { part: sku, quantity });
  expect(line.status).toBe(201);
  await move(repair.id, 'start_diagnosis');
  await move(repair.id, 'send_quote', { diagnosis: '급수 필터 막힘', quoteAmount: 1 });
  await move(repair.id, 'approve_quote', { partsNeeded: '급수 필터' });
  return repair.id;
}

async function stockRow(page: Page, sku: string) {
  await page.goto(`/stock?q=${encodeURIComponent(sku)}`);
  const row = page.locator(`tr[data-sku="${sku}"]`);
  await row.waitFor();
  return row;
}

describe('stock in Korean', () => {
  it('reorders a part that falls low, receives it, and lets the waiting repair leave Awaiting parts', async () => {
    const stamp = Date.now().toString(36).toUpperCase();
    const sku = `WF-${stamp}`;
    const name = `급수 필터 ${stamp}`;
    const supplier = await api.call<{ id: string }>('POST', '/api/suppliers', {
      name: `한빛부품 ${stamp}`,
      phone: '02-555-0100',
    });
    const part = await api.call('POST', '/api/parts', {
      sku,
      name,
      cost: 12000,
      price: 18000,
      supplier: supplier.data.id,
      onHand: 3,
      reorderPoint: 2,
      reorderQuantity: 4,
    });
    expect(part.status).toBe(201);
    const orderTitle = `${sku} · ${name}`;

    // A retry signs in again: the sign-in helper reads the English top bar.
    const own = await apiSession(baseUrl, manager);
    expect((await own.call('PATCH', '/api/me', { locale: 'en' })).status).toBe(200);
    const { context, page } = await signedInPage(browser, baseUrl, manager, '/stock');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await page.getByRole('heading', { name: '재고', exact: true }).waitFor();
    let row = await stockRow(page, sku);
    expect(await row.getAttribute('class')).toBeNull();

    // The first repair reserves 2 of 3: one left, below the reorder point of 2.
    const first = `필터 교체 A ${stamp}`;
    await repairWaitingFor(first, sku, 2);
    await row.getByText('재고 부족').waitFor();
    expect(await row.getAttribute('class')).toContain('is-low');
    // The reorder opened a purchase order at once: 4 units on order.
    await expect.poll(() => row.getByTestId('on-order').textContent()).toBe('4');
    // The second repair waits: its 2 units are not there.
    const second = `필터 교체 B ${stamp}`;
    const secondId = await repairWaitingFor(second, sku, 2);
    await screenshot(page, 'stock-ko.png');

    // Someone else watches the repair board with the waiting repair open.
    const watcher = await signedInPage(
      browser,
      baseUrl,
      admin,
      `/board/repair?card=${encodeURIComponent(secondId)}`,
    );
    const watched = watcher.page.getByRole('dialog', { name: second });
    const partsArrived = watched.getByRole('button', { name: /Parts arrived/ });
    await partsArrived.waitFor();
    expect(await partsArrived.isDisabled()).toBe(true);
    await watched.getByText('Waiting for 1 part').waitFor();

    // The purchase order card is on its board in Korean; order it and receive everything.
    await page.goto('/board/purchase_order');
    const requested = card(column(page, '요청됨'), orderTitle);
    await requested.waitFor();
    await dragTo(page, requested, column(page, '주문됨'));
    await card(column(page, '주문됨'), orderTitle).waitFor();
    await dragTo(page, card(column(page, '주문됨'), orderTitle), column(page, '입고 완료'));
    const receipt = page.getByRole('dialog', { name: /잔량 입고/ });
    await receipt.getByLabel(/이번 입고 수량/).fill('4');
    await receipt.getByRole('button', { name: /잔량 입고/ }).click();
    await card(column(page, '입고 완료'), orderTitle).waitFor();

    // Stock rose by 4 (3 + 4 on hand), and the second repair's 2 units are reserved for it.
    row = await stockRow(page, sku);
    await expect.poll(() => row.locator('td').nth(3).textContent()).toBe('7');
    expect(await row.locator('td').nth(4).textContent()).toBe('4');
    expect(await row.getByTestId('available').textContent()).toBe('3');
    expect(await row.getByTestId('on-order').textContent()).toBe('0');

    // The watcher saw it without reloading: the drawer says so and its move is open.
    await watched.getByText('Parts in stock: ready to move on').waitFor();
    await expect.poll(() => partsArrived.isEnabled()).toBe(true);
    await watched.getByText('Reserved', { exact: true }).waitFor();
    await watcher.context.close();

    // In Korean on the board: the tile says so, and the repair leaves Awaiting parts.
    await page.goto('/board/repair');
    const covered = card(column(page, '부품 대기'), second);
    await covered.getByText('부품 입고 완료: 다음 단계로 이동 가능').waitFor();
    await dragTo(page, covered, column(page, '수리 중'));
    await card(column(page, '수리 중'), second).waitFor();
    const moved = await api.call<{ stage: string }>('GET', `/api/cards/${secondId}`);
    expect(moved.data.stage).toBe('in_repair');

    // The supplier, reached from the part, in Korean.
    row = await stockRow(page, sku);
    await row.getByRole('link', { name: `한빛부품 ${stamp}` }).click();
    await page.getByRole('heading', { name: `한빛부품 ${stamp}` }).waitFor();
    await page.getByRole('heading', { name: '이 공급업체의 부품' }).waitFor();
    await page.locator(`tr[data-sku="${sku}"]`).waitFor();
    await screenshot(page, 'supplier-ko.png');
    await context.close();
  });
});

describe('suppliers and the catalogue', () => {
  it('creates a supplier, orders a part by hand, refuses to delete what is in use, and archives instead', async () => {
    const stamp = Date.now().toString(36).toUpperCase();
    const supplierName = `Nordic Spares ${stamp}`;
    const { context, page } = await signedInPage(browser, baseUrl, admin, '/stock');
    page.on('dialog', (dialog) => void dialog.accept());

    // From the navigation (Stock, then its Suppliers tab): a new supplier, then its page.
    await page
      .getByRole('navigation', { name: 'Stock section' })
      .getByRole('link', { name: 'Suppliers' })
      .click();
    await page.getByRole('heading', { name: 'Suppliers', exact: true }).waitFor();
    await page.getByRole('button', { name: 'New supplier' }).click();
    const form = page.getByRole('region', { name: 'New supplier' });
    await form.getByLabel('Name').fill(supplierName);
    await form.getByLabel('Email').fill('orders@nordic.example');
    await form.getByRole('button', { name: 'Create supplier' }).click();
    await page.getByRole('heading', { name: supplierName }).waitFor();
    await page.getByText('No parts come from this supplier.').waitFor();
    const supplierUrl = page.url();

    const sku = `NS-${stamp}`;
    const supplierId = decodeURIComponent(supplierUrl.split('/suppliers/')[1] ?? '');
    const part = await api.call<{ id: string }>('POST', '/api/parts', {
      sku,
      name: `Door gasket ${stamp}`,
      cost: 9,
      price: 15,
      supplier: supplierId,
      onHand: 10,
      reorderPoint: 2,
      reorderQuantity: 6,
    });
    expect(part.status).toBe(201);

    // A purchase order made by hand: part and supplier from the catalogue; on order at once.
    await page.goto('/board/purchase_order');
    await page.getByRole('button', { name: 'New card' }).click();
    const create = page.getByRole('dialog', { name: 'New card in Purchase orders' });
    const orderTitle = `Gaskets for the spring service ${stamp}`;
    await create.getByLabel('Title').fill(orderTitle);
    await create.getByLabel('Part (SKU)').selectOption(sku);
    expect(await create.getByLabel('Quantity ordered').inputValue()).toBe('6');
    await create.getByLabel('Quantity ordered').fill('8');
    expect(await create.getByLabel('Supplier').locator('option:checked').textContent()).toBe(
      `The part's supplier (${supplierName})`,
    );
    await screenshot(page, 'purchase-order-new.png');
    await create.getByRole('button', { name: 'Create card' }).click();
    await card(column(page, 'Requested'), orderTitle).waitFor();
    await page.goto(`/stock?q=${sku}`);
    const row = page.locator(`tr[data-sku="${sku}"]`);
    await expect.poll(() => row.getByTestId('on-order').textContent()).toBe('8');

    // From the part to its supplier; deleting it is refused, naming the part and the order.
    await row.getByRole('link', { name: supplierName }).click();
    await page.getByRole('heading', { name: supplierName }).waitFor();
    await page.locator(`tr[data-sku="${sku}"]`).waitFor();
    await page.getByRole('button', { name: 'Delete' }).click();
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      `The supplier ${supplierName} cannot be deleted: part ${sku} comes from it and open purchase order "${orderTitle}" is with it. Archive it instead: it keeps its history and is no longer offered.`,
    );
    await screenshot(page, 'supplier.png');

    // Archived instead: gone from the list until archived ones are asked for.
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('button', { name: 'Restore' }).waitFor();
    await page.getByRole('link', { name: 'Suppliers', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Suppliers', exact: true }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /suppliers?$/ })
      .waitFor();
    expect(await page.getByRole('link', { name: supplierName }).count()).toBe(0);
    await page.getByLabel('Show archived').check();
    const archivedRow = page.getByRole('row').filter({ hasText: supplierName });
    await archivedRow.getByText('Archived').waitFor();
    await screenshot(page, 'suppliers.png');

    // The part: archived, it leaves the stock page; deleting it is refused, naming the order.
    await page.goto(`/stock?q=${sku}`);
    await page.getByRole('button', { name: `Archive ${sku}` }).click();
    await page.getByText('0 parts').waitFor();
    await page.getByLabel('Show archived').check();
    await page.locator(`tr[data-sku="${sku}"]`).getByText('Archived').waitFor();
    await page.getByRole('button', { name: `Delete ${sku}` }).click();
    await page.getByRole('alert').filter({ hasText: 'cannot be deleted' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain(`card "${orderTitle}" uses it`);
    await context.close();
  });
});
