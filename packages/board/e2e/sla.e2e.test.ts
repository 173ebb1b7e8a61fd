// SLA on the board in a real browser: badges from the demo history, the clock preview on a drag,
// and the drawer's service-level section — all computed in the browser by the engine.
import type { Browser } from 'playwright-core';
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

const { baseUrl, admin } = inject('stack');
let browser: Browser;
let api: ApiSession;

beforeAll(async () => {
  browser = await launchBrowser();
  api = await apiSession(baseUrl, admin);
});

afterAll(async () => {
  await browser?.close();
});

describe('SLA on the repair board', () => {
  it('shows SLA badges, with breaches among the demo repairs', async () => {
    const { context, page } = await signedInPage(browser, baseUrl, admin, '/board/repair');
    await column(page, 'Received').waitFor();
    await page.locator('.sla-badge').first().waitFor();
    // The demo's repairs lie weeks back: some are past their five business days.
    expect(await page.locator('.sla-badge[data-sla="breached"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('says what a drop does to the clock while the card is dragged', async () => {
    const title = `E2E SLA kettle ${Date.now()}`;
    const created = await createCard(api, 'repair', title, {
      customer: 'Café Nord',
      equipment: 'Kettle',
      serialNumber: `SLA-${Date.now()}`,
    });
    await api.call(
      'POST',
      `/api/cards/${created.id}/transitions`,
      { event: 'start_diagnosis' },
      {
        'If-Match': created.etag,
      },
    );
    const { context, page } = await signedInPage(browser, baseUrl, admin, '/board/repair');
    const tile = card(column(page, 'Diagnosis'), title);
    await tile.waitFor();
    expect(await tile.locator('.sla-badge').textContent()).toMatch(/left|Breached/);

    await dragTo(page, tile, column(page, 'Awaiting approval'), { release: false });
    const hint = column(page, 'Awaiting approval').locator('.drop-hint.allowed');
    await hint.waitFor();
    expect(await hint.locator('.drop-clock').textContent()).toBe('Pauses the clock');
    await page.keyboard.press('Escape');
    await page.mouse.up();

    // Opened, the drawer lists each target of the policy.
    await tile.click();
    const panel = page.locator('.sla-panel');
    await panel.waitFor();
    expect(await panel.locator('[data-sla-target]').count()).toBe(2);
    expect(await panel.getByText('Ready for hand-back').count()).toBe(1);
    await context.close();
  });
});
