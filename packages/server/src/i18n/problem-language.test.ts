import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { installBuiltins } from '../workflows/install-builtins.ts';
import { call, domainTestApp } from '../../test/helpers/domain-app.ts';
import { manager, viewer } from '../../test/helpers/fixtures.ts';

eachStore('problem details in the caller’s language', (t) => {
  async function setup() {
    await installBuiltins(t.store);
    const app = await domainTestApp(t.store);
    const created = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: {
        workflow: 'repair',
        title: '커피 머신 누수',
        fields: { customer: '한빛전자', equipment: '에스프레소 머신', serialNumber: 'SN-1' },
      },
    });
    expect(created.status).toBe(201);
    return { app, id: created.json.id as string };
  }

  const quote = (app: Awaited<ReturnType<typeof setup>>['app'], id: string, headers = {}) =>
    call(app, 'POST', `/api/cards/${id}/transitions`, {
      as: manager,
      body: { event: 'send_quote' },
      headers: { 'if-match': '"1"', ...headers },
    });

  it('answers a refused move in Korean with Accept-Language: ko-KR, in English without it', async () => {
    const { app, id } = await setup();
    const korean = await quote(app, id, { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.5' });
    expect(korean.status).toBe(409);
    expect(korean.headers.get('content-language')).toBe('ko');
    expect(korean.json.detail).toBe(
      '수리 접수 단계에서는 "고객에게 견적 발송" 처리를 할 수 없습니다. 진단 단계에서만 할 수 있습니다.',
    );
    const english = await quote(app, id);
    expect(english.json.detail).toBe(
      '"Send quote to customer" is not possible from Received; it is possible from Diagnosis.',
    );
  });

  it('follows the language the user stored with PATCH /api/me over Accept-Language', async () => {
    const { app, id } = await setup();
    const saved = await call(app, 'PATCH', '/api/me', { as: manager, body: { locale: 'ko' } });
    expect(saved.status).toBe(200);
    expect(saved.json.locale).toBe('ko');
    expect((await call(app, 'GET', '/api/me', { as: manager })).json.locale).toBe('ko');

    const refused = await quote(app, id, { 'accept-language': 'en' });
    expect(refused.json.detail).toBe(
      '수리 접수 단계에서는 "고객에게 견적 발송" 처리를 할 수 없습니다. 진단 단계에서만 할 수 있습니다.',
    );
    const card = await call(app, 'GET', `/api/cards/${id}`, { as: manager });
    expect(card.json.moves.map((m: { label: string }) => m.label)).toEqual([
      '진단 시작',
      '수리 취소',
    ]);

    await call(app, 'PATCH', '/api/me', { as: manager, body: { locale: null } });
    expect((await quote(app, id, { 'accept-language': 'en' })).json.detail).toMatch(/^"Send quote/);
  });

  it('renders the server’s own sentences in Korean too (role and route problems)', async () => {
    const { app, id } = await setup();
    const ko = { 'accept-language': 'ko' };
    const forbidden = await call(app, 'POST', `/api/cards/${id}/transitions`, {
      as: viewer,
      body: { event: 'start_diagnosis' },
      headers: { ...ko, 'if-match': '"1"' },
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.detail).toBe(
      '관리자 또는 매니저 권한이 필요합니다. 지금은 열람자 권한으로 로그인되어 있습니다.',
    );
    const missing = await call(app, 'GET', '/api/nowhere', { as: viewer, headers: ko });
    expect(missing.json.detail).toBe('이 API에는 GET /api/nowhere이(가) 없습니다.');
    const signedOut = await call(app, 'GET', '/api/me', { headers: ko });
    expect(signedOut.json.detail).toBe('먼저 로그인하세요 (세션 쿠키 또는 Bearer 토큰).');
  });

  it('refuses a language it does not speak, saying so in Korean when asked', async () => {
    const { app } = await setup();
    const res = await call(app, 'PATCH', '/api/me', {
      as: manager,
      body: { locale: 'fr', theme: 'dark' },
      headers: { 'accept-language': 'ko' },
    });
    expect(res.status).toBe(400);
    expect(res.json.detail).toMatch(/^요청 본문이\(가\) 올바르지 않습니다\. /);
    expect(res.json.errors).toContainEqual({
      field: 'theme',
      message: "알 수 없는 속성 'theme'은(는) 허용되지 않습니다.",
    });
    const locale = res.json.errors.find((e: { field: string }) => e.field === 'locale');
    expect(locale.message).toMatch(/[가-힣]/); // zod's own Korean sentence
  });

  it('answers a stale revision and a missing card in Korean', async () => {
    const { app, id } = await setup();
    const ko = { 'accept-language': 'ko' };
    const stale = await call(app, 'PATCH', `/api/cards/${id}`, {
      as: manager,
      body: { fields: { diagnosis: '펌프 불량' } },
      headers: { ...ko, 'if-match': '"7"' },
    });
    expect(stale.status).toBe(412);
    expect(stale.json.detail).toBe(
      '불러온 뒤에 카드가 바뀌었습니다 (현재 리비전 1). 새로고침한 뒤 다시 시도하세요.',
    );
    const missing = await call(app, 'GET', '/api/cards/nope', { as: manager, headers: ko });
    expect(missing.json.detail).toBe('nope 카드가 없습니다.');
  });
});
