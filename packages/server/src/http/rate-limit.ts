// Login rate limit: failed attempts per IP + email, and per IP, in a sliding window. Counted in
// the `login_attempts` table so every server process on one database shares the same count.
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Store } from '../db/database.ts';
import { HttpProblem } from './problem.ts';

export interface LoginLimits {
  windowMs: number;
  /** Failures allowed per (IP, email) within the window. */
  maxPerAccount: number;
  /** Failures allowed per IP across all emails within the window. */
  maxPerIp: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  windowMs: 15 * 60_000,
  maxPerAccount: 5,
  maxPerIp: 50,
};

export interface AttemptKey {
  ip: string;
  email: string;
}

/** The client address: the socket's, or the first X-Forwarded-For hop when behind a trusted proxy. */
export function clientIp(c: Context, trustProxy = false): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // in-process requests (app.request) have no socket
  }
}

/** Throws 429 with Retry-After when this IP + email (or this IP) has failed too often. */
export async function assertLoginAllowed(
  store: Store,
  key: AttemptKey,
  now: Date,
  limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
): Promise<void> {
  const since = new Date(now.getTime() - limits.windowMs).toISOString();
  const account = await store.db
    .selectFrom('login_attempts')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('oldest')])
    .where('email', '=', key.email)
    .where('ip', '=', key.ip)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  const ip = await store.db
    .selectFrom('login_attempts')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('oldest')])
    .where('ip', '=', key.ip)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  const blocked =
    Number(account.n) >= limits.maxPerAccount
      ? account.oldest
      : Number(ip.n) >= limits.maxPerIp
        ? ip.oldest
        : null;
  if (blocked === null || blocked === undefined) return;
  const waitMs = new Date(blocked).getTime() + limits.windowMs - now.getTime();
  const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
  throw new HttpProblem(
    429,
    'too-many-login-attempts',
    `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
    { retryAfter },
    { 'Retry-After': String(retryAfter) },
  );
}

export async function recordLoginFailure(
  store: Store,
  key: AttemptKey,
  now: Date,
  limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
): Promise<void> {
  const expired = new Date(now.getTime() - limits.windowMs).toISOString();
  await store.db.deleteFrom('login_attempts').where('at', '<=', expired).execute();
  await store.db
    .insertInto('login_attempts')
    .values({ ip: key.ip, email: key.email, at: now.toISOString() })
    .execute();
}

/** A successful login forgets this account's failures from this IP. */
export async function clearLoginFailures(store: Store, key: AttemptKey): Promise<void> {
  await store.db
    .deleteFrom('login_attempts')
    .where('email', '=', key.email)
    .where('ip', '=', key.ip)
    .execute();
}
