// /workflows: read for everyone signed in; validate, publish, create and migrate for admins
// (validating a definition costs CPU in proportion to its size, so only those who may publish).
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Store } from '../db/database.ts';
import { requireRole, requireUser } from '../auth/middleware.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { parseJson } from '../http/parse-json.ts';
import type { Clock } from '../cards/engine-ctx.ts';
import { DefinitionBody, MigrationBody, VersionParam } from './workflow.schemas.ts';
import {
  createWorkflow,
  getWorkflow,
  getWorkflowVersion,
  listWorkflows,
  publishWorkflowVersion,
  validateWorkflowChange,
} from './workflow.service.ts';
import { migrateCards } from './migration.service.ts';
import { registerWorkflowOperations } from './workflows.openapi.ts';
import { actingUser, requestLocale } from '../i18n/request-locale.ts';

function versionParam(raw: string): number {
  const parsed = VersionParam.safeParse(raw);
  if (!parsed.success) {
    throw new HttpProblem(
      400,
      'invalid-version',
      say('workflows.badVersion', { raw: raw.slice(0, 20) }),
      {
        field: 'version',
      },
    );
  }
  return parsed.data;
}

export function workflowsRoutes(deps: { store: Store; now: Clock }): Hono<AppEnv> {
  const { store } = deps;
  const nowIso = () => deps.now().toISOString();
  const app = new Hono<AppEnv>();
  const admin = requireRole('admin');
  registerWorkflowOperations();

  app.use('/workflows', requireUser);
  app.use('/workflows/*', requireUser);

  app.get('/workflows', async (c) => c.json({ workflows: await listWorkflows(store) }));

  app.post('/workflows', admin, async (c) => {
    const body = await parseJson(c, DefinitionBody);
    const created = await createWorkflow(store, body, actingUser(c), nowIso());
    c.header('Location', `/api/workflows/${encodeURIComponent(created.key)}`);
    return c.json(created, 201);
  });

  app.get('/workflows/:key', async (c) => c.json(await getWorkflow(store, c.req.param('key'))));

  app.get('/workflows/:key/versions/:version', async (c) => {
    const version = versionParam(c.req.param('version'));
    return c.json(await getWorkflowVersion(store, c.req.param('key'), version));
  });

  app.post('/workflows/:key/validate', admin, async (c) => {
    const body = await parseJson(c, DefinitionBody);
    return c.json(await validateWorkflowChange(store, c.req.param('key'), body, requestLocale(c)));
  });

  app.put('/workflows/:key', admin, async (c) => {
    const body = await parseJson(c, DefinitionBody);
    return c.json(
      await publishWorkflowVersion(store, c.req.param('key'), body, actingUser(c), nowIso()),
    );
  });

  app.post('/workflows/:key/migrations', admin, async (c) => {
    const body = await parseJson(c, MigrationBody);
    return c.json(await migrateCards(store, c.req.param('key'), body, actingUser(c), nowIso()));
  });

  return app;
}
