// Checks a sign-in attempt: counted against the rate limit first, then the password (same cost
// for unknown emails).
import type { AuthUser } from '../app-env.ts';
import type { Store } from '../db/database.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import type { AttemptKey, LoginLimits } from '../http/rate-limit.ts';
import { claimLoginAttempt, clearLoginFailures, forgetLoginAttempt } from '../http/rate-limit.ts';
import { verifyAgainstDummy, verifyPassword } from './password.ts';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function checkLogin(
  store: Store,
  input: { email: string; password: string; ip: string },
  now: Date,
  limits?: LoginLimits,
): Promise<AuthUser> {
  const key: AttemptKey = { ip: input.ip, email: normalizeEmail(input.email) };
  const attempt = await claimLoginAttempt(store, key, now, limits);
  const row = await store.db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', key.email)
    .executeTakeFirst();
  const ok = row
    ? await verifyPassword(input.password, row.password_hash)
    : await verifyAgainstDummy(input.password);
  // A wrong password leaves the attempt counted as a failure.
  if (!row || !ok) {
    throw new HttpProblem(401, 'invalid-credentials', say('auth.wrongPassword'));
  }
  if (row.disabled) {
    await forgetLoginAttempt(store, attempt);
    throw new HttpProblem(403, 'account-disabled', say('auth.accountDisabled'));
  }
  await clearLoginFailures(store, key);
  return { id: row.id, email: row.email, name: row.name, role: row.role, locale: row.locale };
}
