// The SLA tab of the workflow editor in a real Chromium: the repair workflow's business calendar
// and clock stages as form controls, Korean holidays filled in for a year, a bad time zone's
// problem at its input, in English and in Korean (screenshots for the docs).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiSession, launchBrowser, screenshot, signedInPage } from './harness.ts';

const { baseUrl, admin } = inject('stack');
let browser: Browser;
// An admin of their own, so the stored language never leaks into the other suites' admin.
const editor = { email: `sla.${Date.now()}@stageflow.test`, password: 'e2e-sla-admin-pass-1' };

beforeAll(async () => {
  browser = await launchBrowser();
  const api = await apiSession(baseUrl, admin);
  const created = await api.call('POST', '/api/users', {
    ...editor,
    name: 'Seo-yeon Admin',
    role: 'admin',
  });
  expect(created.status).toBe(201);
});

afterAll(async () => {
  await browser?.close();
});

describe('the SLA tab in a real browser', () => {
  it('shows the calendar and clock stages as controls, in English and in Korean', async () => {
    const { context, page } = await signedInPage(
      browser,
      baseUrl,
      editor,
      '/admin/workflows/repair',
    );
    await page.getByLabel('Workflow name').waitFor();
    await page.getByRole('tab', { name: /SLA/ }).click();

    const zone = page.getByLabel('Time zone', { exact: true });
    expect(await zone.inputValue()).toBe('Asia/Seoul');
    const days = page.getByRole('group', { name: 'Working days' });
    expect(await days.getByRole('checkbox', { name: 'Fri' }).isChecked()).toBe(true);
    expect(await days.getByRole('checkbox', { name: 'Sat' }).isChecked()).toBe(false);
    const pauses = page.getByRole('group', { name: 'Every clock pauses in' });
    expect(await pauses.getByRole('checkbox', { name: 'Awaiting parts' }).isChecked()).toBe(true);

    await page.getByLabel('Year of Korean public holidays').selectOption('2026');
    await page.getByRole('button', { name: 'Add Korean public holidays for 2026' }).click();
    const holidays = page.getByRole('list', { name: 'Own holidays' }).locator(':scope > li');
    expect(await holidays.count()).toBe(21);

    await zone.fill('Asia/Seou');
    const problem = '"Asia/Seou" is not a time zone; use an IANA name such as Asia/Seoul.';
    await page.locator('.admin-row--invalid').filter({ hasText: problem }).waitFor();
    await page.getByRole('heading', { name: 'Business calendar' }).evaluate((h) => {
      h.scrollIntoView({ block: 'start' });
      window.scrollTo(0, 0); // only the form scrolls, not the page
    });
    await screenshot(page, 'editor-sla.png');
    // The rest of the tab, kept for review (not for the docs).
    await page
      .getByRole('heading', { name: 'Stages that pause or stop the clock' })
      .evaluate((h) => {
        h.scrollIntoView({ block: 'nearest' });
        window.scrollTo(0, 0); // only the form scrolls, not the page
      });
    await page.screenshot({ path: 'test-results/editor-sla-stages.png' });
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await page.getByRole('heading', { name: '영업일 달력' }).waitFor();
    await page
      .locator('.admin-row--invalid')
      .filter({ hasText: '"Asia/Seou"은(는) 시간대가 아닙니다.' })
      .waitFor();
    // The draft survives the switch: the filled-in holidays are still there.
    expect(await page.getByRole('list', { name: '자체 휴일' }).locator(':scope > li').count()).toBe(
      21,
    );
    await page.getByRole('heading', { name: '영업일 달력' }).evaluate((h) => {
      h.scrollIntoView({ block: 'start' });
      window.scrollTo(0, 0); // only the form scrolls, not the page
    });
    await screenshot(page, 'editor-sla-ko.png');
    await context.close();
  });
});
