// /equipment: units of the installed base — list with search and paging (optionally one
// customer's), detail, timeline, create, change, delete, CSV in/out. Admins and managers write.
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { requireRole, requireUser } from '../auth/middleware.ts';
import type { Store } from '../db/database.ts';
import { parseJson, parseQuery } from '../http/parse-json.ts';
import type { Clock } from '../cards/engine-ctx.ts';
import { listEquipmentRows, toEquipmentView } from './equipment.repository.ts';
import { exportEquipment } from './csv-export.ts';
import { importEquipment } from './csv-import.ts';
import { readCsvBody, sendCsv } from './csv-body.ts';
import { EquipmentBody, EquipmentPatch, ListQuery } from './installed-base.schemas.ts';
import {
  createEquipment,
  deleteEquipment,
  patchEquipment,
  requireEquipment,
} from './installed-base.service.ts';
import { registerEquipmentOperations } from './installed-base.openapi.ts';
import { recordTimeline } from './timeline.query.ts';

export function equipmentRoutes(deps: { store: Store; now: Clock }): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();
  const writers = requireRole('admin', 'manager');
  registerEquipmentOperations();
  app.use('/equipment', requireUser);
  app.use('/equipment/*', requireUser);

  app.get('/equipment', async (c) => {
    const query = parseQuery(c, ListQuery);
    const { rows, total } = await listEquipmentRows(store.db, query);
    const next = query.offset + rows.length;
    return c.json({
      items: rows.map(toEquipmentView),
      total,
      nextOffset: next < total ? next : null,
    });
  });
  app.post('/equipment', writers, async (c) => {
    const body = await parseJson(c, EquipmentBody);
    const unit = await createEquipment(store, body, deps.now().toISOString());
    c.header('Location', `/api/equipment/${encodeURIComponent(unit.id)}`);
    return c.json(unit, 201);
  });
  app.get('/equipment/export', async (c) =>
    sendCsv(c, 'equipment.csv', await exportEquipment(store)),
  );
  app.post('/equipment/import', writers, async (c) => {
    return c.json(await importEquipment(store, await readCsvBody(c), deps.now().toISOString()));
  });
  app.get('/equipment/:id', async (c) => {
    return c.json(toEquipmentView(await requireEquipment(store.db, c.req.param('id'))));
  });
  app.get('/equipment/:id/timeline', async (c) => {
    const id = c.req.param('id');
    await requireEquipment(store.db, id);
    return c.json({ timeline: await recordTimeline(store, 'equipment', id) });
  });
  app.patch('/equipment/:id', writers, async (c) => {
    const body = await parseJson(c, EquipmentPatch);
    return c.json(await patchEquipment(store, c.req.param('id'), body, deps.now().toISOString()));
  });
  app.delete('/equipment/:id', writers, async (c) => {
    await deleteEquipment(store, c.req.param('id'));
    return c.body(null, 204);
  });
  return app;
}
