// /cards: thin handlers — parse, call the service, shape the response.
import { Hono, type Context } from 'hono';
import { actingUser } from '../i18n/request-locale.ts';
import type { AppEnv } from '../app-env.ts';
import type { Store } from '../db/database.ts';
import { requireRole, requireUser } from '../auth/middleware.ts';
import { parseJson, parseQuery } from '../http/parse-json.ts';
import { CardListQuery, NewCardBody, PatchCardBody, TransitionBody } from './card.schemas.ts';
import { cardHistory, createCard, getCard, listCards } from './card.service.ts';
import { editCard } from './card-edit.service.ts';
import { transitionCard } from './transition.service.ts';
import { etagOf } from './card-view.ts';
import type { Clock } from './engine-ctx.ts';
import { idempotencyKey, requireIfMatch } from './preconditions.ts';
import type { IdempotentResult } from './idempotency.ts';
import { registerCardOperations } from './cards.openapi.ts';

function sendStored(c: Context<AppEnv>, result: IdempotentResult, location?: string): Response {
  if (result.etag) c.header('ETag', result.etag);
  if (result.replayed) c.header('Idempotent-Replayed', 'true');
  if (location) c.header('Location', location);
  return c.json(result.body as object, result.status as 200 | 201);
}

export function cardsRoutes(deps: { store: Store; now: Clock }): Hono<AppEnv> {
  const { store } = deps;
  const nowIso = () => deps.now().toISOString();
  const app = new Hono<AppEnv>();
  const writers = requireRole('admin', 'manager');
  registerCardOperations();

  app.use('/cards', requireUser);
  app.use('/cards/*', requireUser);

  app.get('/cards', async (c) => {
    const query = parseQuery(c, CardListQuery);
    const assignee = query.assignee === 'me' ? c.get('user').id : query.assignee;
    return c.json(await listCards(store, { ...query, assignee, now: nowIso() }));
  });

  app.post('/cards', writers, async (c) => {
    const body = await parseJson(c, NewCardBody);
    const key = idempotencyKey(c);
    const result = await createCard(store, actingUser(c), body, {
      idempotencyKey: key,
      at: nowIso(),
    });
    const id = (result.body as { id: string }).id;
    return sendStored(c, result, `/api/cards/${encodeURIComponent(id)}`);
  });

  app.get('/cards/:id', async (c) => {
    const card = await getCard(store, c.req.param('id'), actingUser(c), nowIso());
    c.header('ETag', etagOf(card.revision));
    return c.json(card);
  });

  app.patch('/cards/:id', writers, async (c) => {
    const revision = requireIfMatch(c);
    const body = await parseJson(c, PatchCardBody);
    const { card, etag } = await editCard(
      store,
      actingUser(c),
      c.req.param('id'),
      revision,
      body,
      nowIso(),
    );
    c.header('ETag', etag);
    return c.json(card);
  });

  app.post('/cards/:id/transitions', writers, async (c) => {
    const revision = requireIfMatch(c);
    const body = await parseJson(c, TransitionBody);
    const key = idempotencyKey(c);
    const result = await transitionCard(store, actingUser(c), c.req.param('id'), revision, body, {
      idempotencyKey: key,
      at: nowIso(),
    });
    return sendStored(c, result);
  });

  app.get('/cards/:id/history', async (c) => {
    return c.json({ history: await cardHistory(store, c.req.param('id')) });
  });

  return app;
}
