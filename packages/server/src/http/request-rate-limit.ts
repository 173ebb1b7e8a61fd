// The general rate limit: a token bucket per signed-in user, or per client address for anonymous
// requests, answering 429 problem+json with Retry-After. In memory per process — not shared across
// processes, so N processes behind a balancer allow up to N times the rate; that still stops one
// client from flooding a process. (Sign-in attempts have their own limit, shared through the
// database: rate-limit.ts.)
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv, AuthUser } from '../app-env.ts';
import { say } from '../i18n/translate.ts';
import { HttpProblem } from './problem.ts';
import { clientIp } from './rate-limit.ts';
import { TokenBuckets } from './token-bucket.ts';

export interface RequestRateLimit {
  /** Requests a caller may make at once. */
  burst: number;
  /** Requests per second a caller gets back, i.e. its sustained rate. */
  perSecond: number;
}

/** Far above what a person at a board does; a script faster than this should pace itself. */
export const DEFAULT_REQUEST_RATE_LIMIT: RequestRateLimit = { burst: 1_000, perSecond: 50 };

export interface RequestRateLimitOptions extends Partial<RequestRateLimit> {
  trustProxy?: boolean;
  now?: () => number;
  /** Whose bucket a request takes from; default the signed-in user, else the client address. */
  key?: (c: Context<AppEnv>) => string;
}

function callerKey(c: Context<AppEnv>, trustProxy: boolean | undefined): string {
  const user = c.get('user') as AuthUser | undefined;
  return user ? `user:${user.id}` : `ip:${clientIp(c, trustProxy)}`;
}

export function requestRateLimit(options: RequestRateLimitOptions = {}): MiddlewareHandler<AppEnv> {
  const { burst, perSecond } = { ...DEFAULT_REQUEST_RATE_LIMIT, ...options };
  const buckets = new TokenBuckets({
    capacity: burst,
    refillPerSecond: perSecond,
    now: options.now,
  });
  return async function requestRateLimit(c, next) {
    const taken = buckets.take(options.key ? options.key(c) : callerKey(c, options.trustProxy));
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
