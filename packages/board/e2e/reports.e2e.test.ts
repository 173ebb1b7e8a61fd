// Reports as a service manager reads them: open the page from the top bar, pick a workflow, see
// the cumulative flow drawn from the demo history, switch a panel to its table, download a CSV.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, signedInPage } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('reports', () => {
  it('draws the cumulative flow of the repairs, shows a table and downloads the CSV', async () => {
    const { baseUrl, admin } = inject('stack');
    const { context, page } = await signedInPage(browser, baseUrl, admin, '/');
    await page.getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    await page.getByLabel('Workflow').selectOption('repair');
    await page.getByRole('button', { name: 'Last 90 days' }).click();

    const flow = page.getByRole('region', { name: 'Cumulative flow' });
    // The chart is an SVG with one filled band per stage that had cards.
    await flow.locator('.recharts-area-area').first().waitFor();
    expect(await flow.locator('.recharts-area-area').count()).toBeGreaterThan(3);
    const lead = page.getByRole('region', { name: 'Lead time' });
    await expect.poll(() => lead.locator('dd').first().textContent()).toMatch(/^[1-9]\d*$/);
    await page.locator('.report-panel[aria-busy="false"]').nth(8).waitFor();
    await screenshot(page, 'reports.png');

    // The same numbers as a table: a row per day, a column per stage.
    const throughput = page.getByRole('region', { name: 'Throughput' });
    await throughput.getByRole('button', { name: 'Table' }).click();
    expect(await throughput.locator('tbody tr').count()).toBe(90);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      flow.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^cfd-repair-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toBe(
      'day,Received,Diagnosis,Awaiting approval,Awaiting parts,In repair,Quality check,Ready for pickup,Closed,Cancelled',
    );
    expect(csv).toHaveLength(91);
    // The whole page, for a person reviewing the layout (not kept).
    await page.setViewportSize({ width: 1440, height: 2400 });
    await page.screenshot({ path: 'test-results/reports-full.png' });
    await context.close();
  });
});
