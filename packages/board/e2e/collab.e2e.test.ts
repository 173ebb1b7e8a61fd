// Working together on a card: a comment that @mentions someone reaches their bell live, and the
// inbox takes them to the card.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  apiSession,
  createCard,
  launchBrowser,
  screenshot,
  signedInPage,
  startServer,
  type Credentials,
  type RunningServer,
} from './harness.ts';

let server: RunningServer;
let browser: Browser;
/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const mira: Credentials = { email: 'mira@stageflow.test', password: 'mira-password-123' };

beforeAll(async () => {
  server = await startServer({ demo: false, builtBoard: inject('stack').builtBoard });
  browser = await launchBrowser();
  const admin = await apiSession(server.baseUrl, server.admin);
  const created = await admin.call('POST', '/api/users', {
    ...mira,
    name: 'Mira Mechanic',
    role: 'manager',
  });
  if (created.status !== 201) throw new Error(`Creating Mira answered ${created.status}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('comments and the inbox', () => {
  it('a mention raises the other person’s bell live, and the inbox opens the card', async () => {
    const admin = await apiSession(server.baseUrl, server.admin);
    const { id } = await createCard(admin, 'repair', 'E2E Kettle K-1', {
      customer: 'Café Nord',
      equipment: 'Kettle',
      serialNumber: 'K-1',
    });
    const adminTab = await signedInPage(browser, server.baseUrl, server.admin, '/board/repair');
    const bell = adminTab.page.getByRole('button', { name: /^Notifications/ });
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications');
    await adminTab.page.getByText('Live', { exact: true }).waitFor();

    const miraTab = await signedInPage(browser, server.baseUrl, mira, `/board/repair?card=${id}`);
    const drawer = miraTab.page.getByRole('dialog', { name: 'E2E Kettle K-1' });
    const box = drawer.getByRole('combobox', { name: 'Comment' });
    await box.pressSequentially('Spare part arrived. @Adm');
    await drawer
      .getByRole('listbox', { name: 'People' })
      .getByRole('option', { name: /Administrator/ })
      .click();
    await box.pressSequentially('can you approve the quote?');
    await drawer.getByRole('button', { name: 'Comment', exact: true }).click();
    const posted = drawer.locator('.timeline-item.kind-comment');
    await posted.waitFor();
    expect(await posted.locator('.mention').innerText()).toBe('@Administrator');
    await expect.poll(() => box.inputValue()).toBe('');

    // Live: the admin's bell counts it without a reload.
    await expect
      .poll(() => bell.getAttribute('aria-label'), { timeout: 10_000 })
      .toBe('Notifications, 1 unread');
    await bell.click();
    const item = adminTab.page.getByRole('link', {
      name: /Mira Mechanic mentioned you on “E2E Kettle K-1”/,
    });
    await item.waitFor();
    await screenshot(adminTab.page, 'inbox.png');
    await item.click();
    await expect.poll(() => new URL(adminTab.page.url()).searchParams.get('card')).toBe(id);
    const adminDrawer = adminTab.page.getByRole('dialog', { name: 'E2E Kettle K-1' });
    await adminDrawer.getByText('can you approve the quote?', { exact: false }).waitFor();
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications');

    // A reply from the admin appears in Mira's open drawer live.
    const reply = adminDrawer.getByRole('combobox', { name: 'Comment' });
    await reply.fill('Approved, go ahead.');
    await reply.press('Control+Enter');
    await drawer.getByText('Approved, go ahead.').waitFor({ timeout: 10_000 });
    await drawer.locator('.timeline-item.kind-comment').last().scrollIntoViewIfNeeded();
    await screenshot(miraTab.page, 'drawer-comments.png');

    await Promise.all([adminTab.context.close(), miraTab.context.close()]);
  });

  it('attaches a PNG in the drawer, shows it, serves it with its type, and a delete stays in the history', async () => {
    const admin = await apiSession(server.baseUrl, server.admin);
    const { id } = await createCard(admin, 'repair', 'E2E Toaster T-9', {
      customer: 'Hostel Süd',
      equipment: 'Toaster',
      serialNumber: 'T-9',
    });
    const tab = await signedInPage(browser, server.baseUrl, mira, `/board/repair?card=${id}`);
    const drawer = tab.page.getByRole('dialog', { name: 'E2E Toaster T-9' });
    await drawer.getByLabel('Attach files').setInputFiles({
      name: 'receipt.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    const link = drawer.locator('.attachment-list').getByRole('link', { name: 'receipt.png' });
    await link.waitFor();
    await drawer.locator('.timeline').getByText('attached').waitFor();
    const url = await link.getAttribute('href');
    const served = await tab.page.request.get(url ?? '');
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('image/png');
    expect(served.headers()['x-content-type-options']).toBe('nosniff');
    // The thumbnail loaded (a broken image has no natural width).
    await expect
      .poll(() =>
        drawer
          .locator('img.attachment-thumb')
          .evaluate((img) => (img as HTMLImageElement).naturalWidth),
      )
      .toBe(1);

    await screenshot(tab.page, 'drawer-attachments.png');

    // Text dressed up as a PNG is refused, in words.
    await drawer.getByLabel('Attach files').setInputFiles({
      name: 'fake.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<html>not a picture</html>'),
    });
    await drawer
      .getByRole('alert')
      .getByText(/fake\.png/)
      .waitFor();

    tab.page.once('dialog', (d) => void d.accept());
    await drawer.getByRole('button', { name: 'Delete receipt.png' }).click();
    await drawer.getByText('No files attached.').waitFor();
    await drawer.locator('.timeline').getByText('deleted').waitFor();
    await tab.context.close();
  });
});
