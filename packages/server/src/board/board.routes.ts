// GET /board/:workflow — everything a board needs in one response.
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Store } from '../db/database.ts';
import { requireUser } from '../auth/middleware.ts';
import { registerOperation } from '../http/openapi-registry.ts';
import { nowIso } from '../cards/engine-ctx.ts';
import { loadBoard } from './board.service.ts';

export function boardRoutes(deps: { store: Store }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  registerOperation({
    method: 'get',
    path: '/api/board/:workflow',
    summary: 'The board of a workflow: columns in stage order with their compact cards',
    description:
      'Each column: key, label, category, color, wipLimit, count, overLimit, sum of the first money field, retired (a stage only older versions have) and its cards ordered by position. Each card: id, title, stage, position, assignee, revision, enteredAt, dueAt, overdue, version and every field with a value (the same compact card the change feed sends), enough for a client to run the engine’s moves() itself.',
    tags: ['Board'],
    auth: 'user',
    responses: { 200: { description: 'Board' }, 404: { description: 'No such workflow' } },
  });
  app.use('/board/*', requireUser);
  app.get('/board/:workflow', async (c) =>
    c.json(await loadBoard(deps.store, c.req.param('workflow'), nowIso())),
  );
  return app;
}
