// Printable forms and the customer satisfaction survey (issue 11 §4, §5) in a real Chromium
// against the real server: the drawer's PDF download and print view, then closing a repair,
// answering its survey in a fresh browser without signing in, and seeing the answer on the card.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  apiSession,
  card,
  column,
  createCard,
  launchBrowser,
  signIn,
  type ApiSession,
} from './harness.ts';

const { baseUrl, admin } = inject('stack');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function move(api: ApiSession, id: string, event: string, fields?: object) {
  const current = await api.call<{ revision: number }>('GET', `/api/cards/${id}`);
  const res = await api.call(
    'POST',
    `/api/cards/${id}/transitions`,
    { event, fields },
    {
      'If-Match': `"${current.data.revision}"`,
    },
  );
  if (res.status !== 200) throw new Error(`${event}: ${res.status} ${JSON.stringify(res.data)}`);
}

describe('forms and satisfaction', () => {
  it('downloads a repair order PDF and prints the form from the card drawer', async () => {
    const api = await apiSession(baseUrl, admin);
    const { id } = await createCard(api, 'repair', 'E2E Forms Grinder', {
      customer: '박지훈',
      equipment: 'Coffee grinder',
      serialNumber: 'FORM-1',
    });
    const context = await browser.newContext({ baseURL: baseUrl, acceptDownloads: true });
    context.setDefaultTimeout(15_000);
    await context.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    const page = await context.newPage();
    await page.goto('/board/repair');
    await signIn(page, admin);
    await card(column(page, 'Received'), 'E2E Forms Grinder').click();
    const drawer = page.getByRole('dialog', { name: 'E2E Forms Grinder' });
    const forms = drawer.getByRole('region', { name: 'Forms' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      forms.getByRole('link', { name: 'Download PDF: Repair order' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^repair-order-.*\.pdf$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    const [sheet] = await Promise.all([
      context.waitForEvent('page'),
      forms.getByRole('link', { name: 'Print view: Intake receipt' }).click(),
    ]);
    await sheet.getByRole('heading', { name: 'Intake receipt', level: 1 }).waitFor();
    expect(await sheet.getByText('박지훈').count()).toBe(1);
    await sheet.getByRole('button', { name: 'Print' }).click();
    expect(await sheet.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await sheet.goto(`/print/cards/${id}/repair-order?lang=ko`);
    await sheet.getByRole('heading', { name: '수리 의뢰서', level: 1 }).waitFor();
    await context.close();
  });

  it('closes a repair, the customer answers its survey without signing in, and the card shows it', async () => {
    const api = await apiSession(baseUrl, admin);
    // Its own title per attempt: a retry must not find the first attempt's card beside it.
    const title = `E2E Survey Kettle ${Date.now().toString(36)}`;
    const { id } = await createCard(api, 'repair', title, {
      customer: 'Hana Cho',
      equipment: 'Kettle',
      serialNumber: 'SURV-1',
      underWarranty: true,
    });
    await move(api, id, 'start_diagnosis');
    await move(api, id, 'warranty_start_repair', { diagnosis: 'Loose contact' });
    await move(api, id, 'send_to_qc');
    await move(api, id, 'pass_qc', { qualityCheck: 'passed' });

    const staff = await browser.newContext({ baseURL: baseUrl });
    staff.setDefaultTimeout(15_000);
    const page = await staff.newPage();
    await page.goto('/board/repair');
    await signIn(page, admin);
    await card(column(page, 'Ready for pickup'), title).click();
    const drawer = page.getByRole('dialog', { name: title });
    await drawer.getByRole('button', { name: /Hand back to customer/ }).click();
    await card(column(page, 'Closed'), title).waitFor();
    const satisfaction = drawer.getByRole('region', { name: 'Customer satisfaction' });
    const linkBox = satisfaction.getByRole('textbox', { name: 'Survey link for the customer' });
    await linkBox.waitFor();
    const link = await linkBox.inputValue();
    expect(link).toMatch(new RegExp(`^${baseUrl}/survey/`));

    // The customer: a fresh browser with no session, in Korean.
    const customer = await browser.newContext({ locale: 'ko-KR' });
    customer.setDefaultTimeout(15_000);
    const survey = await customer.newPage();
    await survey.goto(link);
    await survey
      .getByRole('heading', { name: '서비스는 어떠셨나요?' })
      .waitFor()
      .catch(async (error: unknown) => {
        // Say what the customer saw instead (a survey link whose signature had no - or _ was once
        // served as a missing asset, a 404, in about one run in four).
        const shown = await survey.locator('body').innerText();
        throw new Error(`${String(error)}\nThe survey page showed: ${shown.slice(0, 500)}`);
      });
    await survey.getByText(`대상: ${title} (장비 수리)`).waitFor();
    await survey.getByRole('radio', { name: /4\s*만족/ }).check();
    await survey.getByRole('textbox', { name: '의견 (선택)' }).fill('빨리 고쳐 주셔서 감사합니다');
    await survey.getByRole('button', { name: '보내기' }).click();
    await survey
      .getByRole('status')
      .filter({ hasText: '감사합니다! 응답이 기록되었습니다.' })
      .waitFor();
    await survey.reload();
    await survey.getByText('이미 응답한 설문입니다: 5점 중 4점.').waitFor();
    const tampered = await customer.newPage();
    await tampered.goto(`${link.slice(0, -3)}xyz`);
    await tampered.getByRole('heading', { name: '설문을 열 수 없습니다' }).waitFor();
    await tampered.getByText('유효하지 않은 설문 링크입니다').waitFor();
    await customer.close();

    // Back on the board: the answer on the card, and in the workflow's figure.
    // The drawer stays open across a reload (the card is in the URL): the answer is read afresh.
    await page.reload();
    expect(new URL(page.url()).searchParams.get('card')).toBe(id);
    const answered = page
      .getByRole('dialog', { name: title })
      .getByRole('region', { name: 'Customer satisfaction' });
    await answered.getByText('4 of 5').first().waitFor();
    await answered.getByText('빨리 고쳐 주셔서 감사합니다').waitFor();
    await page.getByText(/Satisfaction \d(\.\d+)? \/ 5/).waitFor();
    await staff.close();
  });
});
