// The public survey endpoints answer anyone with a link, so each client address gets a small
// budget: enough to open a page a few times and answer, far too little to guess tokens.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { HttpProblem } from '../http/problem.ts';
import { clientIp } from '../http/rate-limit.ts';
import { TokenBuckets } from '../http/token-bucket.ts';
import { say } from '../i18n/translate.ts';

export interface SurveyRateLimit {
  burst: number;
  perSecond: number;
}

export const DEFAULT_SURVEY_RATE_LIMIT: SurveyRateLimit = { burst: 30, perSecond: 0.2 };

export function surveyRateLimit(
  options: Partial<SurveyRateLimit> & { trustProxy?: boolean; now?: () => number } = {},
): MiddlewareHandler<AppEnv> {
  const { burst, perSecond } = { ...DEFAULT_SURVEY_RATE_LIMIT, ...options };
  const buckets = new TokenBuckets({
    capacity: burst,
    refillPerSecond: perSecond,
    now: options.now,
  });
  return async function surveyRateLimit(c, next) {
    const taken = buckets.take(clientIp(c, options.trustProxy));
    if (!taken.ok) {
      throw new HttpProblem(
        429,
        'too-many-requests',
        say('limits.tooManyRequests', { seconds: taken.retryAfterSeconds }),
        { retryAfter: taken.retryAfterSeconds },
        { 'Retry-After': String(taken.retryAfterSeconds) },
      );
    }
    await next();
  };
}
