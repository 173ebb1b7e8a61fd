// Request headers of a card write: If-Match (the revision the client saw) and Idempotency-Key.
import type { Context } from 'hono';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';

/** The revision in `If-Match: "<revision>"` (a weak `W/"…"` is accepted too). */
export function requireIfMatch(c: Context): number {
  const header = c.req.header('if-match');
  if (header === undefined || header.trim() === '') {
    throw new HttpProblem(428, 'if-match-required', say('cards.ifMatchRequired'));
  }
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match?.[1]) {
    throw new HttpProblem(
      400,
      'invalid-if-match',
      say('cards.badIfMatch', { got: header.slice(0, 40) }),
      { field: 'If-Match' },
    );
  }
  return Number(match[1]);
}

/** The optional Idempotency-Key: 1–200 visible ASCII characters. */
export function idempotencyKey(c: Context): string | undefined {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new HttpProblem(400, 'invalid-idempotency-key', say('cards.badIdempotencyKey'), {
      field: 'Idempotency-Key',
    });
  }
  return key;
}
