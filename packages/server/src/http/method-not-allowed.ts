// A known path asked with a method it does not take answers 405 with `Allow`, not 404. The
// methods come from the app's own routes (middleware, registered for every method, and catch-all
// `*` routes such as the board's pages do not count).
import type { Context, Hono, NotFoundHandler } from 'hono';
import { say } from '../i18n/translate.ts';
import { HttpProblem, problemResponse } from './problem.ts';

interface RoutePattern {
  method: string;
  pattern: RegExp;
}

function toPattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/** The notFound handler of `app`: 405 + Allow for a known path, otherwise `fallback`. */
export function methodNotAllowed(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  app: Hono<any>,
  fallback: NotFoundHandler,
): NotFoundHandler {
  let routes: RoutePattern[] | undefined;
  return function methodNotAllowed(c: Context) {
    routes ??= app.routes
      .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
      .map((r) => ({ method: r.method.toUpperCase(), pattern: toPattern(r.path) }));
    const methods = new Set(routes.filter((r) => r.pattern.test(c.req.path)).map((r) => r.method));
    if (methods.has('GET')) methods.add('HEAD'); // Hono answers HEAD with the GET route
    if (methods.size === 0 || methods.has(c.req.method)) return fallback(c);
    const allow = [...methods].join(', ');
    return problemResponse(
      c,
      new HttpProblem(
        405,
        'method-not-allowed',
        say('limits.methodNotAllowed', { path: c.req.path, method: c.req.method, allow }),
        { allow: [...methods] },
        { Allow: allow },
      ),
    );
  };
}
