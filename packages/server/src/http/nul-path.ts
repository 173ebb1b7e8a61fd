// PostgreSQL text cannot hold NUL: a path id with %00 reached the database and failed there (500)
// while SQLite answered 404. Refuse it before any route, the same way on every store.
import type { MiddlewareHandler } from 'hono';
import { say } from '../i18n/translate.ts';
import { HttpProblem } from './problem.ts';

export function refuseNulInPath(): MiddlewareHandler {
  return async function refuseNulInPath(c, next) {
    const path = c.req.path;
    if (/%00/.test(path) || path.includes('\u0000')) {
      throw new HttpProblem(400, 'invalid-path', say('limits.nulInPath'));
    }
    await next();
  };
}
