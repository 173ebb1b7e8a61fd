// The public survey endpoints answer anyone with a link, so each client address gets a small
// budget: enough to open a page a few times and answer, far too little to guess tokens. It is the
// general limiter with its own buckets, keyed by address only.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { clientIp } from '../http/rate-limit.ts';
import { requestRateLimit, type RequestRateLimit } from '../http/request-rate-limit.ts';

export type SurveyRateLimit = RequestRateLimit;

export const DEFAULT_SURVEY_RATE_LIMIT: SurveyRateLimit = { burst: 30, perSecond: 0.2 };

export function surveyRateLimit(
  options: Partial<SurveyRateLimit> & { trustProxy?: boolean; now?: () => number } = {},
): MiddlewareHandler<AppEnv> {
  return requestRateLimit({
    ...DEFAULT_SURVEY_RATE_LIMIT,
    ...options,
    key: (c) => `ip:${clientIp(c, options.trustProxy)}`,
  });
}
