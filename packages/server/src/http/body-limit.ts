// Refuses bodies over the limit with a 413 problem, whether or not Content-Length is sent.
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import type { Context, MiddlewareHandler } from 'hono';
import { HttpProblem } from './problem.ts';
import { say } from '../i18n/translate.ts';

export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

const NO_BODY = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface BodyLimitCheck {
  /**
   * Decided from the headers alone where they suffice (throws the 413 problem): true when the
   * body must instead be counted as it streams (`streamed`). Hono's own check first asks for
   * `c.req.raw.body`, which on Node builds a WHATWG Request and a web stream around every body
   * (a twentieth of a move's CPU).
   */
  needsStreaming(c: Context): boolean;
  /** Runs `next` with the body counted as it is read (chunked bodies). */
  streamed: MiddlewareHandler;
}

export function bodyLimitCheck(options: { maxBytes?: number } = {}): BodyLimitCheck {
  const maxBytes = options.maxBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const tooLarge = () => {
    throw new HttpProblem(
      413,
      'body-too-large',
      say('http.bodyTooLarge', { kib: Math.round(maxBytes / 1024) }),
      { limitBytes: maxBytes },
    );
  };
  return {
    needsStreaming(c) {
      if (NO_BODY.has(c.req.method)) return false;
      const length = c.req.header('content-length');
      if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
        const bytes = Number(length);
        if (Number.isSafeInteger(bytes) && bytes >= 0) return bytes > maxBytes ? tooLarge() : false;
      }
      return true;
    },
    streamed: honoBodyLimit({ maxSize: maxBytes, onError: tooLarge }),
  };
}

export function bodyLimit(options: { maxBytes?: number } = {}): MiddlewareHandler {
  const check = bodyLimitCheck(options);
  return async function bodyLimit(c, next) {
    return check.needsStreaming(c) ? check.streamed(c, next) : next();
  };
}
