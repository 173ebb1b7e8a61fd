// The board in Korean, in a real Chromium against the real server: a manager picks 한국어 in the
// top bar, sees the workflow's Korean stage names, is told in Korean why a drop is refused, and
// finds the board still in Korean after a reload (the choice is stored on the user).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  apiSession,
  card,
  column,
  createCard,
  dragTo,
  launchBrowser,
  screenshot,
  signedInPage,
  type ApiSession,
} from './harness.ts';

const { baseUrl, admin } = inject('stack');
let browser: Browser;
let api: ApiSession;
// A manager of their own, so the stored language never leaks into the other suites' admin.
const manager = { email: `minji.${Date.now()}@stageflow.test`, password: 'e2e-manager-pass-1' };

async function move(id: string, etag: string, event: string, fields?: Record<string, unknown>) {
  const res = await api.call(
    'POST',
    `/api/cards/${id}/transitions`,
    { event, fields },
    {
      'If-Match': etag,
    },
  );
  expect(res.status).toBe(200);
  return res.etag ?? '';
}

beforeAll(async () => {
  browser = await launchBrowser();
  api = await apiSession(baseUrl, admin);
  const created = await api.call('POST', '/api/users', {
    ...manager,
    name: '김민지',
    role: 'manager',
  });
  expect(created.status).toBe(201);
  // A few Korean customers' repairs, so the screenshot looks like a Korean service desk.
  const repairs: [string, string, string][] = [
    ['커피 머신 — 보일러 누수', '한빛카페', '라마르조코 리네아'],
    ['식기세척기 — 배수 불량', '서울호텔', '빈터할터 PT-M'],
    ['제빙기 — 생산량 저하', '바 센트랄레', '호시자키 IM-45'],
  ];
  for (const [title, customer, equipment] of repairs) {
    await createCard(api, 'repair', title, {
      customer,
      equipment,
      serialNumber: `KR-${Math.round(Math.random() * 1e6)}`,
    });
  }
});

afterAll(async () => {
  await browser?.close();
});

describe('the board in Korean', () => {
  it('switches to Korean, shows Korean stages and Korean refusals while dragging, and keeps the choice', async () => {
    // In diagnosis, not under warranty: the quote cannot be skipped (the definition's own message).
    const mixer = await createCard(api, 'repair', '믹서 — 모터 과열', {
      customer: '한빛카페',
      equipment: '키친에이드 믹서',
      serialNumber: 'KR-MIX-1',
      underWarranty: false,
    });
    await move(mixer.id, mixer.etag, 'start_diagnosis');
    // In quality check with a failed verdict: the engine explains why it cannot be handed back.
    const oven = await createCard(api, 'repair', '오븐 — 온도 센서 고장', {
      customer: '서울호텔',
      equipment: '라치오날 콤비 오븐',
      serialNumber: 'KR-OVN-2',
      underWarranty: true,
    });
    let etag = await move(oven.id, oven.etag, 'start_diagnosis');
    etag = await move(oven.id, etag, 'warranty_start_repair', { diagnosis: '온도 센서 불량' });
    etag = await move(oven.id, etag, 'send_to_qc');
    const failed = await api.call(
      'PATCH',
      `/api/cards/${oven.id}`,
      { fields: { qualityCheck: 'failed' } },
      { 'If-Match': etag },
    );
    expect(failed.status).toBe(200);

    const { context, page } = await signedInPage(browser, baseUrl, manager, '/board/repair');
    await column(page, 'Received').waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');

    await column(page, '수리 접수').waitFor();
    const labels = await page.locator('.column-title').allTextContents();
    expect(labels.slice(0, 7)).toEqual([
      '수리 접수',
      '진단',
      '고객 승인 대기',
      '부품 대기',
      '수리 중',
      '품질 검사',
      '출고 대기',
    ]);
    await page.getByRole('button', { name: '로그아웃' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    await page.getByText('실시간', { exact: true }).waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'board-ko.png');

    // The definition's Korean message for its guard.
    await dragTo(page, card(column(page, '진단'), '믹서 — 모터 과열'), column(page, '수리 중'), {
      release: false,
    });
    const repairHint = column(page, '수리 중').getByRole('note');
    await repairHint.waitFor();
    expect(await repairHint.textContent()).toBe('보증 수리만 견적 없이 진행할 수 있습니다.');
    await page.mouse.up();

    // The engine's own sentence, with the Korean field and option labels.
    const ovenCard = card(column(page, '품질 검사'), '오븐 — 온도 센서 고장');
    await dragTo(page, ovenCard, column(page, '출고 대기'), { release: false });
    const pickupHint = column(page, '출고 대기').getByRole('note');
    await pickupHint.waitFor();
    const refusal = '품질 검사의 현재 값은 불합격입니다. 필요한 값: 합격.';
    expect(await pickupHint.textContent()).toBe(refusal);
    await page.mouse.up();
    await page.getByRole('alert').filter({ hasText: refusal }).waitFor();
    await card(column(page, '품질 검사'), '오븐 — 온도 센서 고장').waitFor();

    // Stored on the user: a reload (and the API) keep Korean.
    await page.reload();
    await column(page, '수리 접수').waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/me')).json());
    expect(me.locale).toBe('ko');
    await context.close();
  });
});
