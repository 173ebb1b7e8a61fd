// Refuses bodies over the limit with a 413 problem, whether or not Content-Length is sent.
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import type { MiddlewareHandler } from 'hono';
import { HttpProblem } from './problem.ts';
import { say } from '../i18n/translate.ts';

export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

export function bodyLimit(options: { maxBytes?: number } = {}): MiddlewareHandler {
  const maxBytes = options.maxBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  return honoBodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new HttpProblem(
        413,
        'body-too-large',
        say('http.bodyTooLarge', { kib: Math.round(maxBytes / 1024) }),
        { limitBytes: maxBytes },
      );
    },
  });
}
