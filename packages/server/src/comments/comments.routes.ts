// /cards/:id/comments: read a card's comments (anyone signed in), add one (admins and managers,
// the people who work the cards; viewers read).
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Store } from '../db/database.ts';
import { requireRole, requireUser } from '../auth/middleware.ts';
import { parseJson } from '../http/parse-json.ts';
import { NewCommentBody } from './comment.schemas.ts';
import { addComment, listComments } from './comment.service.ts';
import { registerCommentOperations } from './comments.openapi.ts';

export function commentsRoutes(deps: { store: Store; now: () => Date }): Hono<AppEnv> {
  const { store, now } = deps;
  const app = new Hono<AppEnv>();
  registerCommentOperations();

  app.get('/cards/:id/comments', requireUser, async (c) =>
    c.json({ comments: await listComments(store, c.req.param('id')) }),
  );

  app.post('/cards/:id/comments', requireRole('admin', 'manager'), async (c) => {
    const body = await parseJson(c, NewCommentBody);
    const comment = await addComment(
      store,
      c.get('user'),
      c.req.param('id'),
      body,
      now().toISOString(),
    );
    return c.json(comment, 201);
  });

  return app;
}
