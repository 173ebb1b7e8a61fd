// Serves the built board (packages/board/dist) at '/', with index.html for client-side routes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv } from './app-env.ts';

export const DEFAULT_BOARD_DIR = fileURLToPath(new URL('../../board/dist', import.meta.url));

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Stageflow</title>
<p>The board has not been built yet. Run <code>pnpm --filter @stageflow/board build</code>
(or <code>pnpm start</code>, which builds it) and reload. The API is up: <a href="/api/docs">/api/docs</a>.</p>`;

export function staticBoard(boardDir: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const index = join(boardDir, 'index.html');
  app.use('*', async (c, next) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next();
    // Source maps would hand out the board's whole source; they stay on the build machine.
    if (c.req.path.endsWith('.map')) return next();
    return serveStatic({ root: boardDir })(c, next);
  });
  app.get('*', async (c, next) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next();
    // Paths with a file extension are assets: a missing one is a real 404, not the app shell.
    // An extension is short: a survey link ends in '.<43-character signature>', which is a
    // client-side route (about one signature in four has no '-' or '_' and looked like one).
    if (/\.[a-z0-9]{1,11}$/i.test(c.req.path)) return next();
    if (!existsSync(index)) return c.html(NOT_BUILT, 503);
    return serveStatic({ path: index })(c, next);
  });
  return app;
}
