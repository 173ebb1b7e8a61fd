// What an admin does in the workflow editor, in a real Chromium against the real server.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  apiSession,
  column,
  createCard,
  launchBrowser,
  screenshot,
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

/** The last top-level item of a list (its accessible name changes as the admin types its label). */
const lastItem = (page: Page, list: string): Locator =>
  page.getByRole('list', { name: list }).locator(':scope > li').last();

async function addTransition(
  page: Page,
  label: string,
  from: string,
  to: string,
): Promise<Locator> {
  await page.getByRole('button', { name: '+ Add transition' }).click();
  const item = lastItem(page, 'Transitions');
  await item.getByLabel('Label', { exact: true }).fill(label);
  await item.getByLabel('From', { exact: true }).selectOption({ label: from });
  await item.getByLabel('To', { exact: true }).selectOption({ label: to });
  return item;
}

describe('the workflow editor in a real browser', () => {
  it('an admin adds a stage, publishes, and the board shows the new column', async () => {
    const { context, page } = await signedInPage(
      browser,
      baseUrl,
      admin,
      '/admin/workflows/return',
    );
    await page.getByLabel('Workflow name').waitFor();
    await page.getByText('No problems — ready to publish').waitFor();

    // A new stage, placed right after Inspection.
    await page.getByRole('button', { name: '+ Add stage' }).click();
    const stage = page.getByRole('listitem', { name: 'Stage New stage' });
    await stage.getByLabel('Label').fill('Quality hold');
    const held = page.getByRole('listitem', { name: 'Stage Quality hold' });
    expect(await held.getByLabel('Key').inputValue()).toBe('quality_hold');
    await held.getByLabel('WIP limit').fill('5');
    await held.getByLabel('Deadline', { exact: true }).fill('2');
    for (let i = 0; i < 3; i++)
      await held.getByRole('button', { name: 'Move Quality hold up' }).click();
    const order = await page
      .getByRole('list', { name: 'Stages' })
      .locator(':scope > li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('aria-label')));
    expect(order.slice(3, 6)).toEqual(['Stage Inspection', 'Stage Quality hold', 'Stage Refunded']);

    // Unconnected, the engine flags it, in the list and in the diagram.
    await page
      .getByText('Stage "Quality hold" cannot be reached from the initial stage.')
      .first()
      .waitFor();
    const diagram = page.getByRole('figure', { name: 'Workflow diagram' });
    await diagram.locator('.admin-node--invalid', { hasText: 'Quality hold' }).waitFor();

    // Connect it: in from Inspection (only with a damaged item), back out to Inspection.
    await page.getByRole('tab', { name: /Transitions/ }).click();
    const hold = await addTransition(page, 'Hold for quality', 'Inspection', 'Quality hold');
    await hold.getByRole('button', { name: '+ Add a condition' }).click();
    await hold.getByLabel('Field', { exact: true }).selectOption('inspectionResult');
    await hold.getByLabel('Comparison', { exact: true }).selectOption('ne');
    await hold.getByLabel('Value', { exact: true }).selectOption('resellable');
    await hold.getByLabel('Message when not met').fill('Resellable items go straight on.');
    await addTransition(page, 'Back to inspection', 'Quality hold', 'Inspection');
    await page.getByText('No problems — ready to publish').waitFor();
    await diagram.locator('.admin-edge-label', { hasText: 'Hold for quality' }).waitFor();
    expect(await diagram.locator('.admin-node--invalid').count()).toBe(0);

    // The picture for the README: the guard builder open, the diagram following the edit.
    await lastItem(page, 'Transitions')
      .getByRole('button', { name: /^Back to inspection/, expanded: true })
      .click();
    await page
      .getByRole('listitem', { name: 'Transition Hold for quality' })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(600);
    await screenshot(page, 'editor.png');

    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish version 2 of Product returns' });
    await dialog.getByText('New stages: Quality hold').waitFor();
    await dialog.getByRole('button', { name: 'Publish version 2' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Version 2 of Product returns is published.' })
      .waitFor();
    await page.getByRole('region', { name: 'Versions' }).getByText('v2').waitFor();

    const published = await api.call<{
      definition: { stages: { key: string; wipLimit?: number }[] };
    }>('GET', '/api/workflows/return');
    expect(published.data.definition.stages.find((s) => s.key === 'quality_hold')).toMatchObject({
      wipLimit: 5,
    });

    await page.goto('/board/return');
    await column(page, 'Quality hold').waitFor();
    const x = async (label: string) => (await column(page, label).boundingBox())?.x ?? Number.NaN;
    expect(await x('Quality hold')).toBeGreaterThan(await x('Inspection'));
    expect(await x('Quality hold')).toBeLessThan(await x('Refunded'));
    await context.close();
  });

  it('maps the cards of a dropped stage to a stage of the new version when publishing', async () => {
    const unit = await api.call<{ id: string }>('POST', '/api/equipment', {
      serialNumber: 'KT-3-0042',
      product: 'Kettle K-3',
      purchaseDate: '2025-01-10',
      warrantyMonths: 24,
    });
    expect(unit.status).toBe(201);
    const { id } = await createCard(api, 'warranty', 'E2E Kettle claim', { unit: unit.data.id });
    const { context, page } = await signedInPage(
      browser,
      baseUrl,
      admin,
      '/admin/workflows/warranty',
    );
    // Renaming a stage's key drops the old stage: its open cards need a new home.
    const submitted = page.getByRole('listitem', { name: 'Stage Submitted' });
    await submitted.getByLabel('Label').fill('Claim received');
    await page
      .getByRole('listitem', { name: 'Stage Claim received' })
      .getByLabel('Key')
      .fill('claim_received');
    await page.getByText('No problems — ready to publish').waitFor();

    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog', { name: /Publish version 2 of/ });
    const target = dialog.getByLabel(/Submitted — \d+ cards? go to/);
    await target.waitFor();
    const publish = dialog.getByRole('button', { name: 'Publish version 2' });
    expect(await publish.isDisabled()).toBe(true);
    await target.selectOption({ label: 'Claim received' });
    await page.waitForTimeout(300);
    await screenshot(page, 'editor-migration.png');
    await publish.click();
    await page
      .getByRole('status')
      .filter({ hasText: /Version 2 of .* is published\. \d+ cards? moved to it\./ })
      .waitFor();

    const moved = await api.call<{
      stage?: string;
      workflowVersion?: number;
      card?: { stage: string; workflowVersion: number };
    }>('GET', `/api/cards/${id}`);
    const movedCard = moved.data.card ?? moved.data;
    expect(movedCard).toMatchObject({ stage: 'claim_received', version: 2 });

    // Filtered by title: the column also holds the demo claims, and long columns are virtualized.
    await page.goto('/board/warranty?q=E2E%20Kettle');
    await column(page, 'Claim received')
      .getByRole('button', { name: 'E2E Kettle claim', exact: true })
      .waitFor();
    await context.close();
  });

  it('creates a new workflow that gets its own board', async () => {
    const { context, page } = await signedInPage(browser, baseUrl, admin, '/admin/workflows/new');
    await page.getByLabel('Workflow name').fill('Site visits');
    expect(await page.getByLabel('Key', { exact: true }).first().inputValue()).toBe('site_visits');
    const first = page.getByRole('listitem', { name: 'Stage New' });
    await first.getByLabel('Label').fill('Requested');
    await page.getByRole('button', { name: 'Create workflow' }).click();
    await page
      .getByRole('dialog', { name: 'Create workflow Site visits' })
      .getByRole('button', { name: 'Create workflow' })
      .click();
    await page.waitForURL('**/admin/workflows/site_visits');
    await page.getByRole('region', { name: 'Versions' }).getByText('v1').waitFor();

    await page.goto('/board/site_visits');
    for (const label of ['Requested', 'In progress', 'Done']) await column(page, label).waitFor();
    await context.close();
  });

  it('invites a user who can then sign in with the initial password', async () => {
    const { context, page } = await signedInPage(browser, baseUrl, admin, '/admin/users');
    const form = page.getByRole('form', { name: 'Invite someone' });
    await form.getByLabel('Name').fill('Nina Newcomer');
    await form.getByLabel('Email').fill('nina@stageflow.test');
    await form.getByLabel('Role').selectOption('viewer');
    await form.getByLabel('Initial password').fill('first-day-password');
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Nina Newcomer can now sign in as viewer.').waitFor();
    await page.getByLabel('Role of Nina Newcomer').selectOption('manager');
    await expect
      .poll(async () => {
        const { data } = await api.call<{ email: string; role: string }[]>('GET', '/api/users');
        return data.find((u) => u.email === 'nina@stageflow.test')?.role;
      })
      .toBe('manager');

    const nina = await signedInPage(
      browser,
      baseUrl,
      { email: 'nina@stageflow.test', password: 'first-day-password' },
      '/board/repair',
    );
    await column(nina.page, 'Received').waitFor();
    await nina.context.close();

    // Disabled: the session stops working at once.
    await page.getByRole('button', { name: 'Disable Nina Newcomer' }).click();
    await page
      .getByRole('row', { name: /Nina Newcomer/ })
      .getByText('disabled')
      .waitFor();
    const refused = await fetch(`${baseUrl}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: baseUrl },
      body: JSON.stringify({ email: 'nina@stageflow.test', password: 'first-day-password' }),
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    await context.close();
  });
});
