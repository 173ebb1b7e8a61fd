// GET /board/:workflow — the columns with counts and totals and a first window of cards each;
// GET /board/:workflow/columns/:stage/cards — the next windows as the board scrolls.
import { Hono } from 'hono';
import { Board, ColumnWindow } from '@stageflow/api';
import type { AppEnv } from '../app-env.ts';
import type { Store } from '../db/database.ts';
import { requireUser } from '../auth/middleware.ts';
import { parseQuery } from '../http/parse-json.ts';
import { registerOperation } from '../http/openapi-registry.ts';
import type { Clock } from '../cards/engine-ctx.ts';
import { loadBoard, loadColumnWindow } from './board.service.ts';
import { BoardQuery, boardFilter, ColumnCardsQuery } from './board.schemas.ts';

const filters =
  '`q` (every word in the title or the fields’ values, not their names, case-insensitive; or a card’s id, whole), `assignee` (a user id, `me` or `none`) and `overdue=true` narrow the cards; counts and totals stay those of the whole stage, `matched` counts the cards that pass.';

export function boardRoutes(deps: { store: Store; now: Clock }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  registerOperation({
    method: 'get',
    path: '/api/board/:workflow',
    summary: 'The board of a workflow: columns with counts and totals, and a first window of cards',
    description: `Each column: key, label, category, color, wipLimit, count, matched, overLimit, sum of the first money field, retired (a stage only older versions have), the first \`limit\` cards ordered by position and \`next\` (the cursor of the next window, null at the end). Each card: id, title, stage, position, assignee, revision, enteredAt, dueAt, overdue, version and every field with a value (the same compact card the change feed sends), enough for a client to run the engine’s moves() itself. \`records\`: the customers and equipment units the cards’ reference fields point at, by id with their kind. Counts, totals and windows are one snapshot taken at \`lastEventId\`. ${filters}`,
    tags: ['Board'],
    auth: 'user',
    query: BoardQuery,
    responses: {
      200: { description: 'Board', schema: Board },
      400: { description: 'Bad filter' },
      404: { description: 'No such workflow' },
    },
  });
  registerOperation({
    method: 'get',
    path: '/api/board/:workflow/columns/:stage/cards',
    summary: 'The next window of one column’s cards',
    description: `Pass a column’s \`next\` (or a window’s) as \`after\`: the cards after it in board order, keyset-paginated over (position, id) so a window never repeats or skips a card that stayed put. Answers { cards, next }. ${filters}`,
    tags: ['Board'],
    auth: 'user',
    query: ColumnCardsQuery,
    responses: {
      200: { description: '{ cards, next }', schema: ColumnWindow },
      400: { description: 'Bad filter or cursor' },
      404: { description: 'No such workflow' },
    },
  });
  app.use('/board/*', requireUser);
  app.get('/board/:workflow', async (c) => {
    const query = parseQuery(c, BoardQuery);
    const now = deps.now().toISOString();
    return c.json(
      await loadBoard(deps.store, c.req.param('workflow'), now, {
        filter: boardFilter(query, c.get('user').id, now),
        limit: query.limit,
        signal: c.req.raw.signal,
      }),
    );
  });
  app.get('/board/:workflow/columns/:stage/cards', async (c) => {
    const query = parseQuery(c, ColumnCardsQuery);
    const now = deps.now().toISOString();
    return c.json(
      await loadColumnWindow(deps.store, c.req.param('workflow'), c.req.param('stage'), now, {
        filter: boardFilter(query, c.get('user').id, now),
        limit: query.limit,
        after: query.after ?? null,
      }),
    );
  });
  return app;
}
