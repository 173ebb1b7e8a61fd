// SLA escalation in a real browser: a card that breaches its target is told to the manager's bell
// by the server's scheduler (no reload), in a sentence naming the card, the stage and the target.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  apiSession,
  createCard,
  launchBrowser,
  signedInPage,
  startServer,
  type Credentials,
  type RunningServer,
} from './harness.ts';

let server: RunningServer;
let browser: Browser;
const esme: Credentials = { email: 'esme@stageflow.test', password: 'esme-password-123' };

/** A first reply within about seven seconds, so the breach comes while the test watches. */
const helpdesk = {
  key: 'helpdesk',
  name: 'Helpdesk',
  version: 1,
  fields: [],
  stages: [
    { key: 'open', label: 'Open', labels: { ko: '접수' }, category: 'open' },
    { key: 'done', label: 'Done', category: 'done' },
  ],
  initial: 'open',
  transitions: [{ event: 'finish', label: 'Close', from: 'open', to: 'done' }],
  slaPolicy: {
    targets: [
      {
        key: 'reply',
        label: 'First reply',
        labels: { ko: '첫 응답' },
        within: { amount: 0.002, unit: 'hours' },
        escalate: { breach: ['manager'] },
      },
    ],
  },
};

beforeAll(async () => {
  server = await startServer({ demo: false, builtBoard: inject('stack').builtBoard });
  browser = await launchBrowser();
  const admin = await apiSession(server.baseUrl, server.admin);
  const created = await admin.call('POST', '/api/users', {
    ...esme,
    name: 'Esme Escalation',
    role: 'manager',
  });
  if (created.status !== 201) throw new Error(`Creating Esme answered ${created.status}`);
  const workflow = await admin.call('POST', '/api/workflows', helpdesk);
  if (workflow.status !== 201)
    throw new Error(
      `Creating the workflow answered ${workflow.status}: ${JSON.stringify(workflow.data)}`,
    );
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('escalations', () => {
  it('a breach rings the manager’s bell live with the card, the stage and the target', async () => {
    const { context, page } = await signedInPage(browser, server.baseUrl, esme, '/board/helpdesk');
    const bell = page.getByRole('button', { name: /^Notifications/ });
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications');

    const admin = await apiSession(server.baseUrl, server.admin);
    await createCard(admin, 'helpdesk', 'E2E Printer P-1', {});
    await expect
      .poll(() => bell.getAttribute('aria-label'), { timeout: 20_000 })
      .toBe('Notifications, 1 unread');
    await bell.click();
    await page
      .getByRole('link', {
        name: 'Escalation: “E2E Printer P-1” breached its First reply deadline (in Open)',
      })
      .waitFor();
    await context.close();
  });
});
