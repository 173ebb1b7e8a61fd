// Linked lifecycles in the browser: approving a warranty claim (resolution: repair) opens a
// repair order; the claim's drawer lists it under "Linked work" and explains why the claim cannot
// be resolved yet; handing the repair back in its drawer resolves the claim (in English and in
// Korean). A drag's preview judges a guard on a linked card as the server does, and live.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  apiSession,
  boardDir,
  card,
  column,
  createCard,
  dragTo,
  launchBrowser,
  signedInPage,
  startServer,
  type ApiSession,
  type Credentials,
} from './harness.ts';

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

/** A picture for people to look at (test-results/, not committed). */
async function picture(page: Page, name: string) {
  const dir = join(boardDir, 'test-results');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, name) });
}

/** A customer and a unit under warranty, for claims (unique per run). */
async function unitUnderWarranty(api: ApiSession, stamp: string, owner: string) {
  const customer = await api.call<{ id: string }>('POST', '/api/customers', { name: owner });
  const unit = await api.call<{ id: string }>('POST', '/api/equipment', {
    serialNumber: `LK-${stamp}`,
    product: 'Combi steamer CS-10',
    customer: customer.data.id,
    purchaseDate: new Date().toISOString().slice(0, 10),
    warrantyMonths: 24,
  });
  expect(unit.status).toBe(201);
  return unit.data.id;
}

/** Walks a repair order from Received to Ready for pickup through the API. */
async function readyForPickup(api: ApiSession, repairId: string) {
  await move(api, repairId, 'start_diagnosis');
  await move(api, repairId, 'warranty_start_repair', { diagnosis: 'Replaced the element.' });
  await move(api, repairId, 'send_to_qc');
  await move(api, repairId, 'pass_qc', { qualityCheck: 'passed' });
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
    await picture(page, 'linked-work-en.png');
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

  it("a drag's preview refuses naming the open repair, and allows the move once another session closes it", async () => {
    // A server of its own: the workflow this test publishes stays out of the shared board's menu.
    const own = await startServer({ demo: false, builtBoard: inject('stack').builtBoard });
    try {
      await previewFollowsTheRepair(own.baseUrl, own.admin);
    } finally {
      await own.stop();
    }
  });

  async function previewFollowsTheRepair(baseUrl: string, admin: Credentials) {
    const api = await apiSession(baseUrl, admin);
    const stamp = Date.now().toString(36);
    // A goodwill claim of our own: it opens a repair order and is signed off once the repair is
    // done, with no signal back (a warranty claim would be resolved by the hand-back itself).
    const key = `goodwill_${stamp}`;
    const created = await api.call('POST', '/api/workflows', {
      key,
      name: `Goodwill claims ${stamp}`,
      version: 1,
      fields: [
        { key: 'customer', label: 'Customer', type: 'text', required: true },
        { key: 'equipment', label: 'Equipment', type: 'text', required: true },
        { key: 'serialNumber', label: 'Serial number', type: 'text', required: true },
      ],
      stages: [
        { key: 'submitted', label: 'Submitted', category: 'open' },
        { key: 'in_repair', label: 'Waiting for the repair', category: 'active' },
        { key: 'signed_off', label: 'Signed off', category: 'done' },
      ],
      initial: 'submitted',
      transitions: [
        {
          event: 'order_repair',
          label: 'Order the repair',
          from: 'submitted',
          to: 'in_repair',
          effects: [
            {
              spawn: {
                workflow: 'repair',
                fields: {
                  customer: { field: 'customer' },
                  equipment: { field: 'equipment' },
                  serialNumber: { field: 'serialNumber' },
                  underWarranty: { value: true },
                },
              },
            },
          ],
        },
        {
          event: 'sign_off',
          label: 'Sign off',
          from: 'in_repair',
          to: 'signed_off',
          guard: { linked: 'repair', category: ['done'] },
        },
      ],
    });
    expect(created.status, JSON.stringify(created.data)).toBe(201);
    const title = `Goodwill ${stamp}`;
    const claim = await createCard(api, key, title, {
      customer: 'Gasthaus Linde',
      equipment: 'Combi steamer',
      serialNumber: `GW-${stamp}`,
    });
    await move(api, claim.id, 'order_repair');
    const links = await api.call<{ links: { id: string }[] }>(
      'GET',
      `/api/cards/${claim.id}/links`,
    );
    const repairId = links.data.links[0]!.id;
    await readyForPickup(api, repairId);
    const server = await api.call<{ moves: { event: string; reason?: string }[] }>(
      'GET',
      `/api/cards/${claim.id}`,
    );
    const serverReason = server.data.moves.find((m) => m.event === 'sign_off')?.reason;
    expect(serverReason).toBe(`"${title}" (Equipment repairs) is still in Ready for pickup.`);

    const { context, page } = await signedInPage(browser, baseUrl, admin, `/board/${key}`);
    const source = card(column(page, 'Waiting for the repair'), title);
    await source.waitFor();
    await dragTo(page, source, column(page, 'Signed off'), { release: false });
    const target = column(page, 'Signed off');
    const hint = target.getByRole('note');
    await hint.waitFor();
    // The preview's sentence is the server's, naming the repair and where it is.
    expect(await hint.textContent()).toBe(serverReason);
    expect(await target.getAttribute('class')).toContain('drop-blocked');
    await picture(page, 'linked-preview-blocked.png');

    // The workshop hands the repair back in another session while the card is still held.
    const workshop = await apiSession(baseUrl, admin);
    await move(workshop, repairId, 'hand_back');
    await expect
      .poll(() => target.getAttribute('class'), { timeout: 15_000 })
      .toContain('drop-allowed');
    expect(await target.getByRole('note').count()).toBe(0);
    await picture(page, 'linked-preview-allowed.png');
    // A hand is never quite still: the pointer moves a little over the column, then lets go.
    const box = (await target.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2 + 4, box.y + 124, { steps: 2 });
    await page.mouse.up();
    await card(column(page, 'Signed off'), title).waitFor();
    await expect
      .poll(
        async () => (await api.call<{ stage: string }>('GET', `/api/cards/${claim.id}`)).data.stage,
      )
      .toBe('signed_off');
    await context.close();
  }

  it('in Korean: the approved claim lists its repair, opens it, and the hand-back resolves the claim', async () => {
    const { baseUrl, admin } = inject('stack');
    const api = await apiSession(baseUrl, admin);
    const stamp = Date.now().toString(36).toUpperCase();
    // A manager of their own, so the stored language never leaks into the other suites' admin.
    const manager = {
      email: `jiho.${stamp.toLowerCase()}@stageflow.test`,
      password: 'e2e-manager-pass-1',
    };
    const user = await api.call('POST', '/api/users', {
      ...manager,
      name: '이지호',
      role: 'manager',
    });
    expect(user.status).toBe(201);
    const unit = await unitUnderWarranty(api, `KO${stamp}`, `한빛카페 ${stamp}`);
    const title = `스팀 오븐 ${stamp} — 가열 안 됨`;
    const claim = await createCard(api, 'warranty', title, {
      unit,
      defectDescription: '히터가 작동하지 않습니다.',
    });
    await move(api, claim.id, 'start_check');

    const { context, page } = await signedInPage(
      browser,
      baseUrl,
      manager,
      `/board/warranty?card=${encodeURIComponent(claim.id)}`,
    );
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    const claimDrawer = page.getByRole('dialog', { name: title });
    await claimDrawer.getByRole('button', { name: '청구 승인' }).click();
    const ask = page.getByRole('dialog', { name: /청구 승인/ });
    await ask.getByLabel('처리 방법').selectOption({ label: '수리' });
    await ask.getByRole('button', { name: /청구 승인|처리/ }).click();

    // The repair it opened, in Korean, and the claim's refusal naming it.
    const linked = claimDrawer.getByRole('region', { name: '연결된 작업' });
    await linked.getByRole('heading', { name: '이 카드에서 만든 카드' }).waitFor();
    const repairLink = linked.getByRole('link', { name: `${title} 열기 (장비 수리, 수리 접수)` });
    await repairLink.waitFor();
    await claimDrawer
      .getByText(`"${title}"(장비 수리) 카드는 아직 수리 접수 단계에 있습니다.`)
      .first()
      .waitFor();
    await picture(page, 'linked-work-ko.png');

    // The link opens the repair on its own board, with the claim as the card that made it.
    await repairLink.click();
    await page.waitForURL(/\/board\/repair\?card=/);
    const repairId = new URL(page.url()).searchParams.get('card')!;
    const repairDrawer = page.getByRole('dialog', { name: title });
    const parentLink = repairDrawer
      .getByRole('region', { name: '연결된 작업' })
      .getByRole('link', { name: `${title} 열기 (보증 청구, 승인)` });
    await parentLink.waitFor();
    await repairDrawer.getByRole('heading', { name: '이 카드를 만든 카드' }).waitFor();

    // The workshop's work, then the hand-back in the browser resolves the claim.
    await readyForPickup(api, repairId);
    const handBack = repairDrawer.getByRole('button', { name: '고객 인도' });
    await expect.poll(() => handBack.isEnabled(), { timeout: 15_000 }).toBe(true);
    await handBack.click();
    const resolvedLink = repairDrawer
      .getByRole('region', { name: '연결된 작업' })
      .getByRole('link', { name: `${title} 열기 (보증 청구, 해결)` });
    await resolvedLink.waitFor({ timeout: 15_000 });
    await resolvedLink.click();
    await page.waitForURL(/\/board\/warranty\?card=/);
    const resolvedDrawer = page.getByRole('dialog', { name: title });
    await resolvedDrawer.locator('.drawer-eyebrow .stage-badge', { hasText: '해결' }).waitFor();
    await resolvedDrawer
      .getByRole('link', { name: `${title} 열기 (장비 수리, 출고 완료)` })
      .waitFor();
    const claimNow = await api.call<{ stage: string }>('GET', `/api/cards/${claim.id}`);
    expect(claimNow.data.stage).toBe('resolved');
    await context.close();
  });
});
