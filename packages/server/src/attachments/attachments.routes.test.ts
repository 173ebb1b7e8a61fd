import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { flushChangeOutbox } from '../db/change-outbox.ts';
import { authHeaders, call, domainTestApp } from '../../test/helpers/domain-app.ts';
import { admin, installTicketWorkflow, manager, viewer } from '../../test/helpers/fixtures.ts';

/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const MAX_BYTES = 4096;

eachStore('/api/cards/:id/attachments', (t) => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stageflow-attachments-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function setup() {
    await installTicketWorkflow(t.store);
    const app = await domainTestApp(t.store, {
      deps: { attachments: { dir, maxBytes: MAX_BYTES } },
    });
    const created = await call(app, 'POST', '/api/cards', {
      as: manager,
      body: { workflow: 'ticket', title: 'Broken pump', fields: { customer: 'Acme' } },
    });
    return { app, cardId: created.json.id as string };
  }

  type App = Awaited<ReturnType<typeof setup>>['app'];
  async function upload(app: App, cardId: string, bytes: Buffer, name: string, as = manager) {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'image/png' }), name);
    const res = await app.request(`/api/cards/${cardId}/attachments`, {
      method: 'POST',
      headers: authHeaders(app, as),
      body: form,
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const json: any = await res.json();
    return { status: res.status, headers: res.headers, json };
  }

  it('stores a PNG under a random name, lists it, and serves it inline with nosniff', async () => {
    const { app, cardId } = await setup();
    const res = await upload(app, cardId, PNG, '../../receipt photo ü.png');
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      cardId,
      uploaderId: manager.id,
      fileName: 'receipt photo ü.png',
      contentType: 'image/png',
      sizeBytes: PNG.length,
      deletedAt: null,
    });
    const onDisk = readdirSync(dir, { recursive: true }).map(String);
    expect(onDisk.some((f) => f.includes('receipt'))).toBe(false);
    expect(onDisk.filter((f) => f.includes('/'))).toHaveLength(1);

    const list = await call(app, 'GET', `/api/cards/${cardId}/attachments`, { as: viewer });
    expect(list.json.attachments.map((a: { id: string }) => a.id)).toEqual([res.json.id]);

    const download = await app.request(res.json.url, { headers: authHeaders(app, viewer) });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    // Opened on its own, an attachment runs nothing, even if something slipped past the sniffing.
    expect(download.headers.get('content-security-policy')).toContain('sandbox');
    expect(download.headers.get('content-disposition')).toBe(
      `inline; filename="receipt photo _.png"; filename*=UTF-8''receipt%20photo%20%C3%BC.png`,
    );
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
    const forced = await app.request(`${res.json.url}?download`, {
      headers: authHeaders(app, viewer),
    });
    expect(forced.headers.get('content-disposition')).toMatch(/^attachment;/);
    await forced.arrayBuffer();
  });

  it('offers a PDF as a download under its own type whatever the browser claimed', async () => {
    const { app, cardId } = await setup();
    const res = await upload(app, cardId, PDF, 'invoice.png');
    expect(res.json.contentType).toBe('application/pdf');
    const download = await app.request(res.json.url, { headers: authHeaders(app, admin) });
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toMatch(
      /^attachment; filename="invoice.png"/,
    );
    await download.arrayBuffer();
  });

  it('refuses: 415 for HTML named .png, 413 over the limit naming it, 403 viewer, 415 not multipart', async () => {
    const { app, cardId } = await setup();
    const html = await upload(app, cardId, Buffer.from('<html><script>alert(1)</script>'), 'x.png');
    expect(html.status).toBe(415);
    expect(html.headers.get('content-type')).toContain('application/problem+json');
    expect(html.json).toMatchObject({ code: 'attachment-type-refused', detectedType: null });
    expect(html.json.allowedTypes).toContain('application/pdf');

    const big = Buffer.concat([PNG, Buffer.alloc(MAX_BYTES)]);
    const tooBig = await upload(app, cardId, big, 'big.png');
    expect(tooBig.status).toBe(413);
    expect(tooBig.json).toMatchObject({ code: 'attachment-too-large', limitBytes: MAX_BYTES });
    expect(tooBig.json.detail).toContain('4 KiB');

    const korean = await app.request(`/api/cards/${cardId}/attachments`, {
      method: 'POST',
      headers: { ...authHeaders(app, manager), 'accept-language': 'ko' },
      body: (() => {
        const form = new FormData();
        form.append('file', new Blob([big]), 'big.png');
        return form;
      })(),
    });
    expect(((await korean.json()) as { detail: string }).detail).toBe(
      '파일이 첨부 파일 최대 크기(4 KiB)보다 큽니다.',
    );

    expect((await upload(app, cardId, PNG, 'a.png', viewer)).status).toBe(403);
    const json = await call(app, 'POST', `/api/cards/${cardId}/attachments`, {
      as: manager,
      body: { file: 'x' },
    });
    expect(json.status).toBe(415);
    expect((await upload(app, 'nope', PNG, 'a.png')).status).toBe(404);
    expect(readdirSync(dir, { recursive: true }).filter((f) => String(f).includes('/'))).toEqual(
      [],
    );
  });

  it('a delete keeps the record (who, when), removes the bytes and streams attachment.deleted', async () => {
    const { app, cardId } = await setup();
    const { json } = await upload(app, cardId, PNG, 'photo.png');
    expect((await call(app, 'DELETE', `/api/attachments/${json.id}`, { as: viewer })).status).toBe(
      403,
    );
    const deleted = await call(app, 'DELETE', `/api/attachments/${json.id}`, { as: admin });
    expect(deleted.json).toMatchObject({ id: json.id, deletedBy: admin.id });
    expect(deleted.json.deletedAt).toBeTruthy();
    expect((await call(app, 'DELETE', `/api/attachments/${json.id}`, { as: admin })).status).toBe(
      404,
    );
    expect((await app.request(json.url, { headers: authHeaders(app, admin) })).status).toBe(404);
    const files = readdirSync(dir, { recursive: true }).map(String);
    expect(files.filter((f) => f.includes('/') && existsSync(join(dir, f)))).toEqual([]);
    const list = await call(app, 'GET', `/api/cards/${cardId}/attachments`, { as: viewer });
    expect(list.json.attachments[0]).toMatchObject({ id: json.id, deletedBy: admin.id });
    await flushChangeOutbox(t.store); // PostgreSQL numbers changes just after the commit
    const kinds = await t.store.db
      .selectFrom('changes')
      .select('kind')
      .where('card_id', '=', cardId)
      .orderBy('seq')
      .execute();
    expect(kinds.map((k) => k.kind)).toEqual([
      'card.created',
      'attachment.added',
      'attachment.deleted',
    ]);
  });
});
