// Linked lifecycles in the browser: approving a warranty claim (resolution: repair) opens a
// repair order; the claim's drawer lists it under "Linked work" and explains why the claim cannot
// be resolved yet; handing the repair back in its drawer resolves the claim.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiSession, createCard, launchBrowser, signedInPage, type ApiSession } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function move(api: ApiSession, id: string, event: string, fields?: object) {
  const card = await api.call<{ revision: number }>('GET', `/api/cards/${id}`);
  const res = await api.call(
    'POST',
    `/api/cards/${id}/transitions`,
    { event, ...(fields ? { fields } : {}) },
    { 'If-Match': `"${card.data.revision}"` },
  );
  expect(res.status, `${event}: ${JSON.stringify(res.data)}`).toBe(200);
}

describe('linked lifecycles', () => {
  it('an approved claim opens a repair, and handing the repair back resolves the claim', async () => {
    const { baseUrl, admin } = inject('stack');
    const api = await apiSession(baseUrl, admin);
    const stamp = Date.now().toString(36).toUpperCase();
    const owner = await api.call<{ id: string }>('POST', '/api/customers', {
      name: `Gasthaus Linde ${stamp}`,
    });
    const today = new Date().toISOString().slice(0, 10);
    const unit = await api.call<{ id: string }>('POST', '/api/equipment', {
      serialNumber: `LK-${stamp}`,
      product: 'Combi steamer CS-10',
      customer: owner.data.id,
      purchaseDate: today,
      warrantyMonths: 24,
    });
    expect(unit.status).toBe(201);
    const title = `Steamer ${stamp} will not heat`;
    const claim = await createCard(api, 'warranty', title, {
      unit: unit.data.id,
      defectDescription: 'Heating element stays cold.',
    });
    await move(api, claim.id, 'start_check');

    // Approve in the claim's drawer, choosing a repair.
    const { context, page } = await signedInPage(
      browser,
      baseUrl,
      admin,
      `/board/warranty?card=${encodeURIComponent(claim.id)}`,
    );
    const claimDrawer = page.getByRole('dialog', { name: title });
    await claimDrawer.getByRole('button', { name: 'Approve claim' }).click();
    const ask = page.getByRole('dialog', { name: /Approve claim/ });
    await ask.getByLabel('Resolution').selectOption({ label: 'Repair' });
    await ask.getByRole('button', { name: /Approve claim|Move/ }).click();

    // The repair order it opened is listed under Linked work, in Received; resolving waits for it.
    const linked = claimDrawer.getByRole('region', { name: 'Linked work' });
    const repairLink = linked.getByRole('link', {
      name: `Open ${title} (Equipment repairs, Received)`,
    });
    await repairLink.waitFor();
    await claimDrawer
      .getByText(`"${title}" (Equipment repairs) is still in Received.`)
      .first()
      .waitFor();
    await expect
      .poll(() => claimDrawer.getByRole('button', { name: 'Repair completed' }).isDisabled())
      .toBe(true);

    // Open the repair from the link: its own board and drawer, with the claim as its parent.
    await repairLink.click();
    await page.waitForURL(/\/board\/repair\?card=/);
    const repairId = new URL(page.url()).searchParams.get('card')!;
    const repairDrawer = page.getByRole('dialog', { name: title });
    await repairDrawer
      .getByRole('region', { name: 'Linked work' })
      .getByRole('link', { name: `Open ${title} (Warranty claims, Approved)` })
      .waitFor();

    // The workshop does its work; the hand-back is made in the browser.
    await move(api, repairId, 'start_diagnosis');
    await move(api, repairId, 'warranty_start_repair', { diagnosis: 'Replaced the element.' });
    await move(api, repairId, 'send_to_qc');
    await move(api, repairId, 'pass_qc', { qualityCheck: 'passed' });
    const handBack = repairDrawer.getByRole('button', { name: 'Hand back to customer' });
    await expect.poll(() => handBack.isEnabled(), { timeout: 15_000 }).toBe(true);
    await handBack.click();
    const parentLink = repairDrawer
      .getByRole('region', { name: 'Linked work' })
      .getByRole('link', { name: `Open ${title} (Warranty claims, Resolved)` });
    await parentLink.waitFor({ timeout: 15_000 });

    // Back on the claim: resolved, by the system, with the closed repair listed.
    await parentLink.click();
    await page.waitForURL(/\/board\/warranty\?card=/);
    const resolvedDrawer = page.getByRole('dialog', { name: title });
    await resolvedDrawer.locator('.drawer-eyebrow .stage-badge', { hasText: 'Resolved' }).waitFor();
    await resolvedDrawer
      .getByRole('link', { name: `Open ${title} (Equipment repairs, Closed)` })
      .waitFor();
    const claimNow = await api.call<{ stage: string }>('GET', `/api/cards/${claim.id}`);
    expect(claimNow.data.stage).toBe('resolved');
    await context.close();
  });
});
