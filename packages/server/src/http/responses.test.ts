// Every endpoint, walked once on a real store: each success body must parse against the schema
// its operation registers (the same @stageflow/api schema the board's types come from), each
// refusal against the problem document, each live change against ChangeEvent. Strict schemas: a
// member the server adds without declaring it fails here.
import { ChangeEvent, ProblemDocument, REPORT_KINDS } from '@stageflow/api';
import { expect, it } from 'vitest';
import { addUser } from '../../test/helpers/app.ts';
import { authHeaders, domainTestApp } from '../../test/helpers/domain-app.ts';
import {
  admin,
  installTicketWorkflow,
  manager,
  ticketWorkflow,
  viewer,
} from '../../test/helpers/fixtures.ts';
import { sseClient } from '../../test/helpers/sse-client.ts';
import { eachStore } from '../../test/helpers/stores.ts';
import { installBuiltins } from '../workflows/install-builtins.ts';
import { listOperations } from './openapi-registry.ts';

/** Operations with no JSON body to check: the API's own documents. */
const DOCUMENTS = new Set(['GET /', 'GET /api/openapi.json', 'GET /api/docs']);

eachStore('every response has the shape @stageflow/api declares', (t) => {
  it('walks every registered operation and parses what it answers', async () => {
    await installTicketWorkflow(t.store);
    await installBuiltins(t.store, '2026-01-01T00:00:00.000Z');
    const app = await domainTestApp(t.store);
    const operations = new Map(
      listOperations().map((op) => [`${op.method.toUpperCase()} ${op.path}`, op]),
    );
    const visited = new Set<string>();

    async function hit(
      operation: string,
      path: string,
      options: {
        as?: Record<string, string>;
        body?: unknown;
        /** A body sent as it is (a CSV file). */
        raw?: string;
        headers?: Record<string, string>;
      } = {},
    ) {
      const op = operations.get(operation);
      if (!op) throw new Error(`${operation} is not registered`);
      const [method] = operation.split(' ');
      const headers: Record<string, string> = { ...options.as, ...options.headers };
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const res = await app.request(path, {
        method,
        headers,
        body:
          options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      });
      const text = await res.text();
      const spec = op.responses[res.status];
      expect(spec, `${operation} answered ${res.status}: ${text}`).toBeDefined();
      const file = spec?.contentType !== undefined && !spec.contentType.includes('json');
      const json: unknown = text && !file ? JSON.parse(text) : null;
      if (res.status >= 400) {
        ProblemDocument.parse(json);
      } else if (file) {
        // A file (CSV): its type is what the document says.
        visited.add(operation);
        expect(res.headers.get('content-type')).toContain(spec.contentType);
      } else if (spec?.schema) {
        visited.add(operation);
        const parsed = spec.schema.safeParse(json);
        expect(parsed.error?.issues, `${operation} (${res.status})`).toBeUndefined();
      } else {
        visited.add(operation);
        expect(res.status, `${operation} sends a body without a schema`).toBe(204);
      }
      return { status: res.status, headers: res.headers, json: json as never };
    }

    const as = {
      admin: authHeaders(app, admin),
      manager: authHeaders(app, manager),
      viewer: authHeaders(app, viewer),
    };

    await hit('GET /healthz', '/healthz');

    // Sign-in, the signed-in user, tokens, sign-out.
    const person = await addUser(t.store, 'manager');
    const session = await hit('POST /api/session', '/api/session', {
      body: { email: person.email, password: person.password },
      headers: { origin: 'http://localhost' },
    });
    const cookie = /sf_session=([^;]+)/.exec(session.headers.get('set-cookie') ?? '')?.[1];
    const signedIn = { cookie: `sf_session=${cookie}`, origin: 'http://localhost' };
    await hit('GET /api/me', '/api/me', { as: signedIn });
    await hit('PATCH /api/me', '/api/me', { as: signedIn, body: { locale: 'ko' } });
    const token = await hit('POST /api/tokens', '/api/tokens', {
      as: signedIn,
      body: { name: 'script' },
    });
    await hit('GET /api/tokens', '/api/tokens', { as: signedIn });
    await hit('DELETE /api/tokens/:id', `/api/tokens/${(token.json as { id: string }).id}`, {
      as: signedIn,
    });
    await hit('DELETE /api/session', '/api/session', { as: signedIn });

    // People.
    await hit('GET /api/users/directory', '/api/users/directory', { as: as.viewer });
    await hit('GET /api/users', '/api/users', { as: as.admin });
    const invited = await hit('POST /api/users', '/api/users', {
      as: as.admin,
      body: { email: 'new@example.test', name: 'New', role: 'viewer', password: 'long enough pw' },
    });
    await hit('PATCH /api/users/:id', `/api/users/${(invited.json as { id: string }).id}`, {
      as: as.admin,
      body: { disabled: true },
    });

    // Workflows.
    await hit('GET /api/workflows', '/api/workflows', { as: as.viewer });
    await hit('GET /api/workflows/:key', '/api/workflows/ticket', { as: as.viewer });
    await hit('GET /api/workflows/:key/versions/:version', '/api/workflows/repair/versions/1', {
      as: as.viewer,
    });

    // Cards: create, read, edit, move (and a refused move), history, list, board.
    const created = await hit('POST /api/cards', '/api/cards', {
      as: as.manager,
      body: { workflow: 'ticket', title: 'Pump', fields: { customer: 'Acme' } },
    });
    const id = (created.json as { id: string }).id;
    await hit('GET /api/cards/:id', `/api/cards/${id}`, { as: as.viewer });
    await hit('PATCH /api/cards/:id', `/api/cards/${id}`, {
      as: as.manager,
      body: { title: 'Pump 2', assignee: manager.id, fields: { customer: 'Acme Ltd' } },
      headers: { 'if-match': '"1"' },
    });
    const refused = await hit('POST /api/cards/:id/transitions', `/api/cards/${id}/transitions`, {
      as: as.manager,
      body: { event: 'finish' },
      headers: { 'if-match': '"2"' },
    });
    expect(refused.status).toBe(409);
    await hit('POST /api/cards/:id/transitions', `/api/cards/${id}/transitions`, {
      as: as.manager,
      body: { event: 'start' },
      headers: { 'if-match': '"2"' },
    });
    await hit('GET /api/cards/:id/history', `/api/cards/${id}/history`, { as: as.viewer });
    await hit('GET /api/cards/:id/links', `/api/cards/${id}/links`, { as: as.viewer });
    await hit('GET /api/cards', '/api/cards?workflow=ticket', { as: as.viewer });
    await hit('GET /api/board/:workflow', '/api/board/ticket', { as: as.viewer });
    const window = await hit(
      'GET /api/board/:workflow/columns/:stage/cards',
      '/api/board/ticket/columns/doing/cards',
      { as: as.viewer },
    );
    expect((window.json as { cards: unknown[] }).cards).toHaveLength(1);

    // Comments and the inbox: a mention notifies the viewer, who reads it.
    await hit('POST /api/cards/:id/comments', `/api/cards/${id}/comments`, {
      as: as.manager,
      body: { body: '@Viewer have a look', mentions: [viewer.id] },
    });
    await hit('GET /api/cards/:id/comments', `/api/cards/${id}/comments`, { as: as.viewer });
    const inbox = await hit('GET /api/notifications', '/api/notifications', { as: as.viewer });
    const [mention] = (inbox.json as { notifications: { id: string }[] }).notifications;
    await hit('POST /api/notifications/:id/read', `/api/notifications/${mention!.id}/read`, {
      as: as.viewer,
    });
    await hit('POST /api/notifications/read-all', '/api/notifications/read-all', { as: as.viewer });
    await hit('GET /api/notifications/preferences', '/api/notifications/preferences', {
      as: as.viewer,
    });
    await hit('PUT /api/notifications/preferences', '/api/notifications/preferences', {
      as: as.viewer,
      body: { preferences: [{ kind: 'moved', inApp: false, email: false }] },
    });

    // A closed ticket's satisfaction survey, answered by the customer through its link.
    const closed = await hit('POST /api/cards', '/api/cards', {
      as: as.manager,
      body: { workflow: 'ticket', title: 'Leak', fields: { customer: 'Acme' } },
    });
    const closedId = (closed.json as { id: string }).id;
    for (const [revision, event, who, fields] of [
      [1, 'start', as.manager, undefined],
      [2, 'submit', as.manager, { note: 'fixed' }],
      [3, 'approve', as.admin, undefined],
    ] as const) {
      await hit('POST /api/cards/:id/transitions', `/api/cards/${closedId}/transitions`, {
        as: who,
        body: { event, fields },
        headers: { 'if-match': `"${revision}"` },
      });
    }
    const survey = await hit('GET /api/cards/:id/survey', `/api/cards/${closedId}/survey`, {
      as: as.manager,
    });
    const link = (survey.json as { survey: { link: string } }).survey.link;
    const surveyToken = link.slice('/survey/'.length);
    await hit('GET /api/surveys/:token', `/api/surveys/${surveyToken}`);
    await hit('POST /api/surveys/:token/answer', `/api/surveys/${surveyToken}/answer`, {
      body: { score: 5, comment: 'Quick' },
    });
    await hit('GET /api/workflows/:key/satisfaction', '/api/workflows/ticket/satisfaction', {
      as: as.viewer,
    });

    // A repair's printable forms.
    const repair = await hit('POST /api/cards', '/api/cards', {
      as: as.manager,
      body: {
        workflow: 'repair',
        title: 'Laptop flicker',
        fields: { customer: 'Kim', equipment: 'ThinkPad X1', serialNumber: 'SN-4711' },
      },
    });
    const repairId = (repair.json as { id: string }).id;
    await hit('GET /api/cards/:id/forms', `/api/cards/${repairId}/forms`, { as: as.viewer });
    await hit('GET /api/cards/:id/forms/:form', `/api/cards/${repairId}/forms/repair-order`, {
      as: as.viewer,
    });

    // The installed base: a customer and their unit, each listed, read, changed, traced,
    // exported, imported and deleted.
    const customer = await hit('POST /api/customers', '/api/customers', {
      as: as.manager,
      body: { name: 'Acme', email: 'office@acme.example' },
    });
    const customerId = (customer.json as { id: string }).id;
    const unit = await hit('POST /api/equipment', '/api/equipment', {
      as: as.manager,
      body: { serialNumber: 'DM40-1', product: 'Dough mixer', customer: customerId },
    });
    const unitId = (unit.json as { id: string }).id;
    for (const [records, recordId, patch, csv] of [
      ['customers', customerId, { phone: '+43 1 234' }, 'name,email\nCafé Lindner,\n'],
      ['equipment', unitId, { warrantyMonths: 24 }, 'serialNumber,product\nGS3-9,Espresso GS3\n'],
    ] as const) {
      await hit(`GET /api/${records}`, `/api/${records}?q=a`, { as: as.viewer });
      await hit(`GET /api/${records}/:id`, `/api/${records}/${recordId}`, { as: as.viewer });
      await hit(`PATCH /api/${records}/:id`, `/api/${records}/${recordId}`, {
        as: as.manager,
        body: patch,
      });
      await hit(`GET /api/${records}/:id/timeline`, `/api/${records}/${recordId}/timeline`, {
        as: as.viewer,
      });
      await hit(`GET /api/${records}/export`, `/api/${records}/export`, { as: as.viewer });
      await hit(`POST /api/${records}/import`, `/api/${records}/import`, {
        as: as.manager,
        raw: csv,
        headers: { 'content-type': 'text/csv' },
      });
    }
    const badRows = await hit('POST /api/customers/import', '/api/customers/import', {
      as: as.manager,
      raw: 'name,email\n,not an address\n',
      headers: { 'content-type': 'text/csv' },
    });
    expect(badRows.status).toBe(422);
    await hit('DELETE /api/equipment/:id', `/api/equipment/${unitId}`, { as: as.manager });
    await hit('DELETE /api/customers/:id', `/api/customers/${customerId}`, { as: as.manager });

    // The editor: a broken draft, a good one, publishing, migrating, a new workflow.
    const broken = await hit(
      'POST /api/workflows/:key/validate',
      '/api/workflows/ticket/validate',
      {
        as: as.admin,
        body: { ...ticketWorkflow, initial: 'nowhere' },
      },
    );
    expect((broken.json as { valid: boolean }).valid).toBe(false);
    await hit('POST /api/workflows/:key/validate', '/api/workflows/ticket/validate', {
      as: as.admin,
      body: ticketWorkflow,
    });
    const unpublishable = await hit('PUT /api/workflows/:key', '/api/workflows/ticket', {
      as: as.admin,
      body: { ...ticketWorkflow, initial: 'nowhere' },
    });
    expect(unpublishable.status).toBe(422);
    await hit('PUT /api/workflows/:key', '/api/workflows/ticket', {
      as: as.admin,
      body: { ...ticketWorkflow, name: 'Tickets v2' },
    });
    await hit('POST /api/workflows/:key/migrations', '/api/workflows/ticket/migrations', {
      as: as.admin,
      body: { fromVersion: 1, toVersion: 2 },
    });
    await hit('POST /api/workflows', '/api/workflows', {
      as: as.admin,
      body: { ...ticketWorkflow, key: 'ticket_copy', name: 'Ticket copy' },
    });

    // Webhooks, added last: the relay starts at the present and has nothing to send.
    const hook = await hit('POST /api/webhooks', '/api/webhooks', {
      as: as.admin,
      body: { url: 'https://hooks.example.test/stageflow', events: ['card.moved'] },
    });
    const hookId = (hook.json as { id: string }).id;
    await hit('GET /api/webhooks', '/api/webhooks', { as: as.admin });
    await hit('PATCH /api/webhooks/:id', `/api/webhooks/${hookId}`, {
      as: as.admin,
      body: { active: false },
    });
    await hit('DELETE /api/webhooks/:id', `/api/webhooks/${hookId}`, { as: as.admin });

    // Reports: every one of them, as JSON.
    for (const report of REPORT_KINDS) {
      await hit(`GET /api/reports/${report}`, `/api/reports/${report}?workflow=ticket`, {
        as: as.viewer,
      });
    }

    // Parts: suppliers, the catalogue, a stock count, a repair's lines, readiness, an order.
    const supplier = await hit('POST /api/suppliers', '/api/suppliers', {
      as: as.manager,
      body: { name: 'Rancilio Parts' },
    });
    const supplierId = (supplier.json as { id: string }).id;
    await hit('GET /api/suppliers', '/api/suppliers', { as: as.viewer });
    await hit('GET /api/suppliers/:id', `/api/suppliers/${supplierId}`, { as: as.viewer });
    await hit('PATCH /api/suppliers/:id', `/api/suppliers/${supplierId}`, {
      as: as.manager,
      body: { phone: '+39 02 1234' },
    });
    const newPart = await hit('POST /api/parts', '/api/parts', {
      as: as.manager,
      body: {
        sku: 'PS-100',
        name: 'Pump seal',
        cost: 8,
        price: 12.5,
        supplier: supplierId,
        onHand: 0,
        reorderPoint: 2,
        reorderQuantity: 10,
      },
    });
    const partId = (newPart.json as { id: string }).id;
    await hit('GET /api/parts', '/api/parts', { as: as.viewer });
    await hit('GET /api/parts/:id', `/api/parts/${partId}`, { as: as.viewer });
    await hit('PATCH /api/parts/:id', `/api/parts/${partId}`, {
      as: as.manager,
      body: { price: 13 },
    });
    await hit('POST /api/parts/:id/adjustments', `/api/parts/${partId}/adjustments`, {
      as: as.manager,
      body: { delta: 3 },
    });
    const repairCard = await hit('POST /api/cards', '/api/cards', {
      as: as.manager,
      body: {
        workflow: 'repair',
        title: 'Leaks',
        fields: { customer: 'Café', equipment: 'Espresso machine', serialNumber: 'EM-1' },
      },
    });
    const partsRepairId = (repairCard.json as { id: string }).id;
    const lines = await hit('POST /api/cards/:id/parts', `/api/cards/${partsRepairId}/parts`, {
      as: as.manager,
      body: { part: 'PS-100', quantity: 1 },
    });
    await hit('GET /api/cards/:id/parts', `/api/cards/${partsRepairId}/parts`, { as: as.viewer });
    const lineId = (lines.json as { lines: { id: string }[] }).lines[0]!.id;
    await hit(
      'DELETE /api/cards/:id/parts/:lineId',
      `/api/cards/${partsRepairId}/parts/${lineId}`,
      {
        as: as.manager,
      },
    );
    await hit('GET /api/parts/readiness', '/api/parts/readiness?workflow=repair', {
      as: as.viewer,
    });
    const order = await t.store.db
      .selectFrom('purchase_orders')
      .select('card_id')
      .executeTakeFirstOrThrow();
    await hit('GET /api/purchase-orders/:cardId', `/api/purchase-orders/${order.card_id}`, {
      as: as.viewer,
    });
    // What nothing uses may be deleted.
    const spare = await hit('POST /api/suppliers', '/api/suppliers', {
      as: as.manager,
      body: { name: 'Spare Co' },
    });
    await hit('DELETE /api/suppliers/:id', `/api/suppliers/${(spare.json as { id: string }).id}`, {
      as: as.manager,
    });
    const loose = await hit('POST /api/parts', '/api/parts', {
      as: as.manager,
      body: { sku: 'LS-1', name: 'Loose', cost: 1, price: 2, reorderPoint: 0, reorderQuantity: 1 },
    });
    await hit('DELETE /api/parts/:id', `/api/parts/${(loose.json as { id: string }).id}`, {
      as: as.manager,
    });

    // The live feed from the start: every change so far, each kind at least once.
    const res = await app.request('/api/events?lastEventId=0', { headers: as.viewer });
    const stream = sseClient(res);
    await stream.ready();
    const written = await t.store.db
      .selectFrom('changes')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const changes = await stream.waitFor(Number(written.n));
    await stream.close();
    visited.add('GET /api/events');
    for (const event of changes) {
      const parsed = ChangeEvent.safeParse(JSON.parse(event.data));
      expect(parsed.error?.issues, event.data).toBeUndefined();
      expect(parsed.data?.kind).toBe(event.event);
    }
    expect(new Set(changes.map((e) => e.event))).toEqual(
      new Set([
        'workflow.published',
        'card.created',
        'card.updated',
        'card.moved',
        'cards.migrated',
        'comment.created',
        'notification.created',
      ]),
    );

    const registered = [...operations.keys()].filter((key) => !DOCUMENTS.has(key));
    expect(registered.filter((key) => !visited.has(key)).sort()).toEqual([]);
  });
});
