// What differs between SQLite and PostgreSQL, as capability flags. Code outside src/db/ asks the
// adapter; it never tests the dialect name itself.
export interface DbAdapter {
  readonly dialect: 'sqlite' | 'postgres';
  readonly supportsReturning: true;
  /** SQLite: write transactions start with BEGIN IMMEDIATE (take the write lock up front). */
  readonly beginImmediate: boolean;
  /** PostgreSQL: writers take one transaction-scoped advisory lock (see transaction.ts). */
  readonly writerLock: boolean;
  /** PostgreSQL: SELECT … FOR UPDATE SKIP LOCKED, so workers claim disjoint rows concurrently. */
  readonly skipLocked: boolean;
  /** A busy database, lock timeout, serialization failure or deadlock: safe to run again. */
  isRetryable(err: unknown): boolean;
  /** A unique or primary-key constraint was violated. */
  isUniqueViolation(err: unknown): boolean;
}

function errorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('code' in err)) return undefined;
  const code = (err as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

export const sqliteAdapter: DbAdapter = {
  dialect: 'sqlite',
  supportsReturning: true,
  beginImmediate: true,
  writerLock: false,
  skipLocked: false,
  isRetryable(err) {
    const code = errorCode(err);
    // SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_TIMEOUT, SQLITE_LOCKED, …
    return (
      code !== undefined && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    );
  },
  isUniqueViolation(err) {
    const code = errorCode(err);
    return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
  },
};

// 40001 serialization_failure, 40P01 deadlock_detected, 55P03 lock_not_available (lock_timeout).
const PG_RETRYABLE = new Set(['40001', '40P01', '55P03']);

export const postgresAdapter: DbAdapter = {
  dialect: 'postgres',
  supportsReturning: true,
  beginImmediate: false,
  writerLock: true,
  skipLocked: true,
  isRetryable(err) {
    const code = errorCode(err);
    return code !== undefined && PG_RETRYABLE.has(code);
  },
  isUniqueViolation(err) {
    return errorCode(err) === '23505';
  },
};
