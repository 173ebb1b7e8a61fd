// The board under the server's Content-Security-Policy (issue 8): the board, a card's drawer and
// the workflow editor's diagram (@xyflow, ELK layout) work with no CSP violation.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiSession, card, column, createCard, dragTo, launchBrowser, signIn } from './harness.ts';

const { baseUrl, admin } = inject('stack');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Every CSP violation the page reports, from the DOM event and from the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (t: string) => void })
        .reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
    });
  });
  return violations;
}

describe('the board under its Content-Security-Policy', () => {
  it('serves the board with a CSP that forbids framing', async () => {
    const res = await fetch(`${baseUrl}/board/repair`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(res.headers.get('strict-transport-security')).toBeNull(); // plain http
    const html = await res.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${baseUrl}${script}`);
    expect(await asset.text()).not.toMatch(/sourceMappingURL=/);
    expect((await fetch(`${baseUrl}${script}.map`)).status).toBe(404);
  });

  it('shows the board, drags and opens a card and draws the workflow diagram with no CSP violation', async () => {
    const api = await apiSession(baseUrl, admin);
    await createCard(api, 'repair', 'E2E CSP Espresso', {
      customer: 'Café Nord',
      equipment: 'Espresso machine',
      serialNumber: 'CSP-1',
    });
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      baseURL: baseUrl,
    });
    context.setDefaultTimeout(30_000); // a loaded CI machine renders the first board slowly
    const page = await context.newPage();
    const violations = await watchViolations(page);
    // Other suites share this server and fill Received past its first window: find the card.
    await page.goto('/board/repair?q=E2E%20CSP%20Espresso');
    await signIn(page, admin);
    const espresso = card(column(page, 'Received'), 'E2E CSP Espresso');
    await dragTo(page, espresso, column(page, 'Diagnosis'));
    await card(column(page, 'Diagnosis'), 'E2E CSP Espresso').click();
    await page.getByRole('dialog', { name: 'E2E CSP Espresso' }).waitFor();
    await page.keyboard.press('Escape');
    await page.goto('/admin/workflows/repair');
    await page.getByRole('figure', { name: 'Workflow diagram' }).waitFor();
    await page.locator('.react-flow__node').first().waitFor();
    await page.waitForTimeout(500);
    expect(violations).toEqual([]);
    await context.close();
  });
});
