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
    await screenshot(miraTab.page, 'drawer-comments.png');

    await Promise.all([adminTab.context.close(), miraTab.context.close()]);
  });
});
