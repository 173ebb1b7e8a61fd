// Request headers of a card write: If-Match (the revision the client saw) and Idempotency-Key.
import type { Context } from 'hono';
import { HttpProblem } from '../http/problem.ts';

/** The revision in `If-Match: "<revision>"` (a weak `W/"…"` is accepted too). */
export function requireIfMatch(c: Context): number {
  const header = c.req.header('if-match');
  if (header === undefined || header.trim() === '') {
    throw new HttpProblem(
      428,
      'if-match-required',
      'Send If-Match with the card\'s ETag (its revision, e.g. "3") so a change made meanwhile is not overwritten.',
    );
  }
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match?.[1]) {
    throw new HttpProblem(
      400,
      'invalid-if-match',
      `If-Match must be one card ETag such as "3" (got ${header.slice(0, 40)}).`,
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
    throw new HttpProblem(
      400,
      'invalid-idempotency-key',
      'Idempotency-Key must be 1 to 200 visible ASCII characters (a UUID is a good choice).',
      { field: 'Idempotency-Key' },
    );
  }
  return key;
}
