import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { authHeaders, call, domainTestApp } from '../../test/helpers/domain-app.ts';
import { manager, viewer } from '../../test/helpers/fixtures.ts';
import { installBuiltins } from '../workflows/install-builtins.ts';
import { pdfText } from './pdf-text.ts';

eachStore('/api/cards/:id/forms', (t) => {
  async function setup() {
    await installBuiltins(t.store);
    const app = await domainTestApp(t.store);
    const created = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: {
        workflow: 'repair',
        title: '노트북 화면 깜빡임 Laptop flicker',
        fields: { customer: '김민수', equipment: 'ThinkPad X1', serialNumber: 'SN-4711' },
      },
    });
    expect(created.status).toBe(201);
    const id = created.json.id as string;
    const moved = await call(app, 'POST', `/api/cards/${id}/transitions`, {
      as: manager,
      headers: { 'if-match': '"1"' },
      body: { event: 'start_diagnosis' },
    });
    expect(moved.status).toBe(200);
    return { app, id };
  }

  async function pdf(app: Awaited<ReturnType<typeof setup>>['app'], path: string, headers = {}) {
    const res = await app.request(path, { headers: { ...authHeaders(app, viewer), ...headers } });
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
  }

  it("lists the forms the card's workflow prints, titled in the caller's language", async () => {
    const { app, id } = await setup();
    const res = await call(app, 'GET', `/api/cards/${id}/forms?lang=ko`, { as: viewer });
    expect(res.status).toBe(200);
    expect(res.json.forms).toEqual([
      { form: 'repair-order', title: '수리 의뢰서' },
      { form: 'intake-receipt', title: '접수증' },
      { form: 'acceptance-certificate', title: '인수 확인서' },
    ]);
  });

  it('prints a Korean repair order whose text a PDF reader extracts: title, card, fields, history, signatures', async () => {
    const { app, id } = await setup();
    const { res, bytes } = await pdf(app, `/api/cards/${id}/forms/repair-order.pdf?lang=ko`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="repair-order-/);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = (await pdfText(bytes)).join('\n');
    expect(text).toContain('수리 의뢰서');
    expect(text).toContain('노트북 화면 깜빡임 Laptop flicker');
    expect(text).toContain('김민수');
    expect(text).toContain('ThinkPad X1');
    expect(text).toContain('시리얼 번호');
    expect(text).toContain('수리 접수 → 진단');
    expect(text).toContain('Max Manager');
    expect(text).toContain('서비스 담당자');
    expect(text).toContain(id);
  });

  it('prints in the language of Accept-Language when no lang is given', async () => {
    const { app, id } = await setup();
    const { res, bytes } = await pdf(app, `/api/cards/${id}/forms/intake-receipt.pdf`, {
      'accept-language': 'en-GB,en;q=0.8',
    });
    expect(res.status).toBe(200);
    const text = (await pdfText(bytes)).join('\n');
    expect(text).toContain('Intake receipt');
    expect(text).toContain('Received → Diagnosis');
    expect(text).toContain('Customer');
    expect(text).toContain('김민수');
    expect(text).not.toContain('접수증');
  });

  it('gives the same form as data for the print view', async () => {
    const { app, id } = await setup();
    const res = await call(app, 'GET', `/api/cards/${id}/forms/acceptance-certificate?lang=en`, {
      as: viewer,
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      form: 'acceptance-certificate',
      title: 'Acceptance certificate',
      number: id,
    });
    expect(res.json.details).toContainEqual({ label: 'Serial number', value: 'SN-4711' });
    expect(res.json.history).toHaveLength(2);
    expect(res.json.signatures.map((s: { party: string }) => s.party)).toEqual([
      'Customer',
      'Service staff',
    ]);
  });

  it('answers 404 problems for a form the workflow does not print, an unknown form and an unknown card', async () => {
    const { app, id } = await setup();
    const other = await call(app, 'GET', `/api/cards/${id}/forms/return-authorization.pdf`, {
      as: viewer,
      headers: { 'accept-language': 'ko' },
    });
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    expect(other.json.code).toBe('form-not-found');
    expect(other.json.detail).toContain(
      '장비 수리 워크플로에는 "return-authorization" 양식이 없습니다',
    );
    expect(other.json.forms).toEqual(['repair-order', 'intake-receipt', 'acceptance-certificate']);
    const unknown = await call(app, 'GET', `/api/cards/${id}/forms/invoice.pdf`, { as: viewer });
    expect(unknown.status).toBe(404);
    expect(unknown.json.detail).toContain('There is no form "invoice"');
    const noCard = await call(app, 'GET', '/api/cards/nope/forms/repair-order.pdf', { as: viewer });
    expect(noCard.status).toBe(404);
    expect(noCard.json.code).toBe('card-not-found');
    const signedOut = await app.request(`/api/cards/${id}/forms/repair-order.pdf`);
    expect(signedOut.status).toBe(401);
  });
});
