// /customers: list with search and paging, detail, timeline, create, change, delete, CSV in/out.
// Admins and managers write; every signed-in user reads.
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { requireRole, requireUser } from '../auth/middleware.ts';
import type { Store } from '../db/database.ts';
import { parseJson, parseQuery } from '../http/parse-json.ts';
import type { Clock } from '../cards/engine-ctx.ts';
import { listCustomerRows, toCustomerView } from './customer.repository.ts';
import { exportCustomers } from './csv-export.ts';
import { importCustomers } from './csv-import.ts';
import { readCsvBody, sendCsv } from './csv-body.ts';
import { CustomerBody, CustomerPatch, ListQuery } from './installed-base.schemas.ts';
import {
  createCustomer,
  deleteCustomer,
  patchCustomer,
  requireCustomer,
} from './installed-base.service.ts';
import { registerCustomerOperations } from './installed-base.openapi.ts';
import { recordTimeline } from './timeline.query.ts';

export function customersRoutes(deps: { store: Store; now: Clock }): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();
  const writers = requireRole('admin', 'manager');
  registerCustomerOperations();
  app.use('/customers', requireUser);
  app.use('/customers/*', requireUser);

  app.get('/customers', async (c) => {
    const query = parseQuery(c, ListQuery);
    const { rows, total } = await listCustomerRows(store.db, query);
    const next = query.offset + rows.length;
    return c.json({
      items: rows.map(toCustomerView),
      total,
      nextOffset: next < total ? next : null,
    });
  });
  app.post('/customers', writers, async (c) => {
    const body = await parseJson(c, CustomerBody);
    const customer = await createCustomer(store, body, deps.now().toISOString());
    c.header('Location', `/api/customers/${encodeURIComponent(customer.id)}`);
    return c.json(customer, 201);
  });
  app.get('/customers/export', async (c) =>
    sendCsv(c, 'customers.csv', await exportCustomers(store)),
  );
  app.post('/customers/import', writers, async (c) => {
    return c.json(await importCustomers(store, await readCsvBody(c), deps.now().toISOString()));
  });
  app.get('/customers/:id', async (c) => {
    return c.json(toCustomerView(await requireCustomer(store.db, c.req.param('id'))));
  });
  app.get('/customers/:id/timeline', async (c) => {
    const id = c.req.param('id');
    await requireCustomer(store.db, id);
    return c.json({ timeline: await recordTimeline(store, 'customer', id) });
  });
  app.patch('/customers/:id', writers, async (c) => {
    const body = await parseJson(c, CustomerPatch);
    return c.json(await patchCustomer(store, c.req.param('id'), body, deps.now().toISOString()));
  });
  app.delete('/customers/:id', writers, async (c) => {
    await deleteCustomer(store, c.req.param('id'));
    return c.body(null, 204);
  });
  return app;
}
