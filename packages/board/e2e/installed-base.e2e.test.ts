// The installed base as a service manager uses it: create a customer and a unit in the browser,
// see a wrong serial refused beside its input, and read the unit's timeline across lifecycles.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiSession, createCard, launchBrowser, screenshot, signedInPage } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('customers and equipment', () => {
  it('creates a customer and a unit, refuses a taken serial beside its input, and tells the unit’s story', async () => {
    const { baseUrl, admin } = inject('stack');
    const stamp = Date.now().toString(36).toUpperCase();
    const customerName = `Konditorei Maier ${stamp}`;
    const serial = `PM20-${stamp}`;
    const { context, page } = await signedInPage(browser, baseUrl, admin, '/customers');
    const nav = page.getByRole('navigation', { name: 'Installed base' });

    await page.getByRole('button', { name: 'New customer' }).click();
    const newCustomer = page.getByRole('region', { name: 'New customer' });
    await newCustomer.getByLabel('Name').fill(customerName);
    await newCustomer.getByLabel('Email').fill('not-an-email');
    await newCustomer.getByRole('button', { name: 'Create customer' }).click();
    // The server's problem sits beside the input it concerns.
    await expect
      .poll(() => newCustomer.locator('.field-error').first().textContent())
      .toMatch(/email/i);
    await newCustomer.getByLabel('Email').fill('backstube@maier.example');
    await newCustomer.getByRole('button', { name: 'Create customer' }).click();
    await page.getByRole('heading', { name: customerName }).waitFor();

    await nav.getByRole('link', { name: 'Equipment' }).click();
    await page.getByRole('button', { name: 'New unit' }).click();
    const newUnit = page.getByRole('region', { name: 'New unit' });
    await newUnit.getByLabel('Serial number').fill(serial);
    await newUnit.getByLabel('Product').fill('Planetary mixer PM-20');
    await newUnit.getByRole('combobox', { name: 'Customer' }).fill(`Maier ${stamp}`);
    await page.getByRole('option', { name: customerName }).click();
    await newUnit.getByLabel('Purchase date').fill('2025-06-02');
    await newUnit.getByLabel('Warranty period (months)').fill('24');
    await newUnit.getByLabel('Service contract expiry').fill('2027-12-31');
    await newUnit.getByRole('button', { name: 'Create unit' }).click();
    await page.getByRole('heading', { name: new RegExp(serial) }).waitFor();
    const unitUrl = page.url();
    await page.getByRole('link', { name: customerName }).waitFor();
    await page.getByText('until 2027-06-02').waitFor();

    // The same serial in other letters is the same unit: refused beside the serial input.
    await nav.getByRole('link', { name: 'Equipment' }).click();
    await page.getByRole('button', { name: 'New unit' }).click();
    const again = page.getByRole('region', { name: 'New unit' });
    await again.getByLabel('Serial number').fill(serial.toLowerCase());
    await again.getByLabel('Product').fill('Another mixer');
    await again.getByRole('button', { name: 'Create unit' }).click();
    const serialInput = again.getByLabel('Serial number');
    await expect.poll(() => serialInput.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await serialInput.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('already taken');

    // A warranty claim and a repair about the unit make its timeline.
    const unitId = decodeURIComponent(new URL(unitUrl).pathname.split('/').pop()!);
    const api = await apiSession(baseUrl, admin);
    const claim = await createCard(api, 'warranty', `Mixer ${stamp} bowl lift jams`, {
      unit: unitId,
    });
    const checked = await api.call(
      'POST',
      `/api/cards/${claim.id}/transitions`,
      { event: 'start_check', fields: { defectDescription: 'The bowl lift jams halfway.' } },
      { 'If-Match': claim.etag },
    );
    expect(checked.status).toBe(200);
    await createCard(api, 'repair', `Mixer ${stamp} annual service`, {
      customer: customerName,
      equipment: 'Planetary mixer PM-20',
      serialNumber: serial,
      unit: unitId,
    });

    await page.goto(unitUrl);
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Start eligibility check → Eligibility check').waitFor();
    await expect.poll(() => timeline.getByRole('listitem').count()).toBe(3);
    await screenshot(page, 'equipment-detail.png');

    // The claim on the board names the unit, and its drawer links back to it.
    await page.goto(`/board/warranty?card=${encodeURIComponent(claim.id)}`);
    await page.getByRole('link', { name: 'Open unit' }).click();
    await page.getByRole('heading', { name: new RegExp(serial) }).waitFor();
    await context.close();
  });
});
