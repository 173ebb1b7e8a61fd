// Login rate limit: failed attempts per IP + email, and per IP, in a sliding window. Counted in
// the `login_attempts` table so every server process on one database shares the same count.
// (The general per-caller limit is request-rate-limit.ts, in memory per process.)
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Store } from '../db/database.ts';
import { writeTransaction } from '../db/transaction.ts';
import { HttpProblem } from './problem.ts';
import { say } from '../i18n/translate.ts';

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

/**
 * Counts this attempt and decides in one write transaction (one writer at a time, across every
 * process), so parallel attempts cannot all read the same count before any of them is recorded:
 * of any number of them, at most the allowed number get to check a password, the rest get 429.
 * Returns the attempt's row id; the row stays as the failure record unless the caller forgets it
 * (right password). A refused attempt is not recorded, so hammering a blocked account does not
 * extend its block.
 */
export async function claimLoginAttempt(
  store: Store,
  key: AttemptKey,
  now: Date,
  limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
): Promise<number> {
  const since = new Date(now.getTime() - limits.windowMs).toISOString();
  return writeTransaction(
    store,
    async (trx) => {
      await trx.deleteFrom('login_attempts').where('at', '<=', since).execute();
      const account = await trx
        .selectFrom('login_attempts')
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('oldest')])
        .where('email', '=', key.email)
        .where('ip', '=', key.ip)
        .where('at', '>', since)
        .executeTakeFirstOrThrow();
      const ip = await trx
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
      if (blocked !== null && blocked !== undefined) {
        const waitMs = new Date(blocked).getTime() + limits.windowMs - now.getTime();
        const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
        throw new HttpProblem(
          429,
          'too-many-login-attempts',
          say('auth.tooManyAttempts', { minutes: Math.ceil(retryAfter / 60) }),
          { retryAfter },
          { 'Retry-After': String(retryAfter) },
        );
      }
      const { id } = await trx
        .insertInto('login_attempts')
        .values({ ip: key.ip, email: key.email, at: now.toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(id);
    },
    { locks: [`login:${key.ip}`] },
  );
}

/** An attempt that turned out not to be a failure (the password was right). */
export async function forgetLoginAttempt(store: Store, id: number): Promise<void> {
  await store.db.deleteFrom('login_attempts').where('id', '=', id).execute();
}

/** A successful login forgets this account's failures from this IP. */
export async function clearLoginFailures(store: Store, key: AttemptKey): Promise<void> {
  await store.db
    .deleteFrom('login_attempts')
    .where('email', '=', key.email)
    .where('ip', '=', key.ip)
    .execute();
}
