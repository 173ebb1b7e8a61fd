// /suppliers, /parts, /cards/:id/parts and /purchase-orders. Admins and managers write; every
// signed-in user reads.
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { requireRole, requireUser } from '../auth/middleware.ts';
import type { Clock } from '../cards/engine-ctx.ts';
import type { Store } from '../db/database.ts';
import { HttpProblem } from '../http/problem.ts';
import { parseJson, parseQuery } from '../http/parse-json.ts';
import { say } from '../i18n/translate.ts';
import { addPartLine, getCardParts, partsReadiness, removePartLine } from './card-lines.service.ts';
import {
  adjustStock,
  createPart,
  createSupplier,
  partView,
  patchPart,
  patchSupplier,
  requireSupplier,
} from './catalogue.service.ts';
import { listPartRows, listSupplierRows, toPartView, toSupplierView } from './part.repository.ts';
import { registerPartsOperations } from './parts.openapi.ts';
import {
  PartBody,
  PartLineBody,
  PartPatch,
  PartQuery,
  ReadinessQuery,
  StockAdjustment,
  SupplierBody,
  SupplierPatch,
  SupplierQuery,
} from './parts.schemas.ts';
import { deletePart, deleteSupplier } from './catalogue-delete.service.ts';
import { purchaseOrderView } from './purchase-order.service.ts';

export function partsRoutes(deps: { store: Store; now: Clock }): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();
  const writers = requireRole('admin', 'manager');
  const at = () => deps.now().toISOString();
  registerPartsOperations();
  for (const path of ['/suppliers', '/suppliers/*', '/parts', '/parts/*', '/purchase-orders/*']) {
    app.use(path, requireUser);
  }
  app.use('/cards/:id/parts', requireUser);
  app.use('/cards/:id/parts/*', requireUser);

  app.get('/suppliers', async (c) => {
    const { archived } = parseQuery(c, SupplierQuery);
    return c.json({ items: (await listSupplierRows(store.db, archived)).map(toSupplierView) });
  });
  app.post('/suppliers', writers, async (c) => {
    const supplier = await createSupplier(store, await parseJson(c, SupplierBody), at());
    c.header('Location', `/api/suppliers/${encodeURIComponent(supplier.id)}`);
    return c.json(supplier, 201);
  });
  app.get('/suppliers/:id', async (c) => {
    return c.json(toSupplierView(await requireSupplier(store.db, c.req.param('id'))));
  });
  app.patch('/suppliers/:id', writers, async (c) => {
    const body = await parseJson(c, SupplierPatch);
    return c.json(await patchSupplier(store, c.req.param('id'), body, at()));
  });
  app.delete('/suppliers/:id', writers, async (c) => {
    await deleteSupplier(store, c.req.param('id'));
    return c.body(null, 204);
  });

  app.get('/parts', async (c) => {
    const filter = parseQuery(c, PartQuery);
    return c.json({ items: (await listPartRows(store.db, filter)).map(toPartView) });
  });
  app.post('/parts', writers, async (c) => {
    const part = await createPart(store, await parseJson(c, PartBody), at());
    c.header('Location', `/api/parts/${encodeURIComponent(part.id)}`);
    return c.json(part, 201);
  });
  app.get('/parts/readiness', async (c) => {
    const { workflow } = parseQuery(c, ReadinessQuery);
    return c.json(await partsReadiness(store, workflow));
  });
  app.get('/parts/:id', async (c) => c.json(await partView(store.db, c.req.param('id'))));
  app.patch('/parts/:id', writers, async (c) => {
    const body = await parseJson(c, PartPatch);
    return c.json(await patchPart(store, c.req.param('id'), body, at()));
  });
  app.delete('/parts/:id', writers, async (c) => {
    await deletePart(store, c.req.param('id'));
    return c.body(null, 204);
  });
  app.post('/parts/:id/adjustments', writers, async (c) => {
    const { delta } = await parseJson(c, StockAdjustment);
    return c.json(await adjustStock(store, c.req.param('id'), delta, at()));
  });

  app.get('/cards/:id/parts', async (c) => c.json(await getCardParts(store, c.req.param('id'))));
  app.post('/cards/:id/parts', writers, async (c) => {
    const body = await parseJson(c, PartLineBody);
    return c.json(await addPartLine(store, c.get('user'), c.req.param('id'), body, at()), 201);
  });
  app.delete('/cards/:id/parts/:lineId', writers, async (c) => {
    const { id, lineId } = c.req.param();
    return c.json(await removePartLine(store, c.get('user'), id, lineId, at()));
  });

  app.get('/purchase-orders/:cardId', async (c) => {
    const cardId = c.req.param('cardId');
    const order = await purchaseOrderView(store.db, cardId);
    if (!order) {
      throw new HttpProblem(
        404,
        'purchase-order-not-found',
        say('parts.orderNotFound', { id: cardId }),
      );
    }
    return c.json(order);
  });
  return app;
}
