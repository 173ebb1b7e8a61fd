// /webhooks (admins): where to POST changes, signed with a secret shown once.
import { randomBytes, randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { requireRole } from '../auth/middleware.ts';
import type { Store } from '../db/database.ts';
import type { WebhookRow } from '../db/schema.ts';
import { writeTransaction } from '../db/transaction.ts';
import { latestSeq } from '../events/change-feed.ts';
import { parseJson } from '../http/parse-json.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import {
  deleteWebhook,
  findWebhook,
  insertWebhook,
  listWebhookRows,
  readCursor,
  updateWebhook,
  WEBHOOK_CURSOR,
  writeCursor,
} from './webhook.repository.ts';
import { NewWebhookBody, PatchWebhookBody } from './webhook.schemas.ts';
import { registerWebhookOperations } from './webhooks.openapi.ts';

function toDto(row: WebhookRow) {
  return {
    id: row.id,
    url: row.url,
    events: JSON.parse(row.events) as string[],
    active: Number(row.active) === 1,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

const notFound = (id: string) =>
  new HttpProblem(404, 'webhook-not-found', say('webhooks.notFound', { id }));

export function webhooksRoutes(deps: { store: Store; now: () => Date }): Hono<AppEnv> {
  const { store, now } = deps;
  const app = new Hono<AppEnv>();
  registerWebhookOperations();
  const admin = requireRole('admin');
  app.use('/webhooks', admin);
  app.use('/webhooks/*', admin);

  app.get('/webhooks', async (c) =>
    c.json({ webhooks: (await listWebhookRows(store.db)).map(toDto) }),
  );

  app.post('/webhooks', async (c) => {
    const body = await parseJson(c, NewWebhookBody);
    const secret = body.secret ?? randomBytes(32).toString('base64url');
    const row: WebhookRow = {
      id: randomUUID(),
      url: body.url,
      secret,
      events: JSON.stringify(body.events),
      active: 1,
      created_by: c.get('user').id,
      created_at: now().toISOString(),
    };
    await writeTransaction(store, async (trx) => {
      await insertWebhook(trx, row);
      // The first webhook starts the relay at the present: it does not replay old history.
      if ((await readCursor(trx, WEBHOOK_CURSOR)) === undefined) {
        await writeCursor(trx, WEBHOOK_CURSOR, await latestSeq(trx));
      }
    });
    return c.json({ ...toDto(row), secret }, 201);
  });

  app.patch('/webhooks/:id', async (c) => {
    const body = await parseJson(c, PatchWebhookBody);
    const id = c.req.param('id');
    const found = await writeTransaction(store, (trx) =>
      updateWebhook(trx, id, {
        ...(body.url !== undefined ? { url: body.url } : {}),
        ...(body.events !== undefined ? { events: JSON.stringify(body.events) } : {}),
        ...(body.active !== undefined ? { active: body.active ? 1 : 0 } : {}),
      }),
    );
    if (!found) throw notFound(id);
    return c.json(toDto((await findWebhook(store.db, id))!));
  });

  app.delete('/webhooks/:id', async (c) => {
    const id = c.req.param('id');
    if (!(await writeTransaction(store, (trx) => deleteWebhook(trx, id)))) throw notFound(id);
    return c.body(null, 204);
  });

  return app;
}
