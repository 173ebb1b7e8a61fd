// GET /cards/:id/links: the card drawer's "Linked work".
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Store } from '../db/database.ts';
import { requireUser } from '../auth/middleware.ts';
import { actingUser } from '../i18n/request-locale.ts';
import { requireCard } from '../cards/card.service.ts';
import { linkedCardsOf } from './linked-cards.ts';
import { registerLinkOperations } from './links.openapi.ts';

export function linksRoutes(deps: { store: Store }): Hono<AppEnv> {
  const { store } = deps;
  const app = new Hono<AppEnv>();
  registerLinkOperations();
  app.use('/cards/:id/links', requireUser);
  app.get('/cards/:id/links', async (c) => {
    const card = await requireCard(store.db, c.req.param('id'));
    const links = await linkedCardsOf(store, store.db, card.id, actingUser(c).locale);
    return c.json({ links });
  });
  return app;
}
