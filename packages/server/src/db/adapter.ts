// What differs between SQLite and PostgreSQL, as capability flags. Code outside src/db/ asks the
// adapter; it never tests the dialect name itself.
export interface DbAdapter {
  readonly dialect: 'sqlite' | 'postgres';
  readonly supportsReturning: true;
  /** SQLite: write transactions start with BEGIN IMMEDIATE (take the write lock up front). */
  readonly beginImmediate: boolean;
  /** Named transaction-scoped locks (`writeTransaction(…, { locks })`) exist and are needed. */
  readonly advisoryLocks: boolean;
  /**
   * Writers commit in any order, so change rows go to `change_outbox` and are numbered into
   * `changes` after commit (change-outbox.ts). False where writers commit one at a time.
   */
  readonly sequencedFeed: boolean;
  /** LISTEN/NOTIFY wakes every process's change poller when changes are committed. */
  readonly notifications: boolean;
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
  advisoryLocks: false,
  sequencedFeed: false,
  notifications: false,
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
  advisoryLocks: true,
  sequencedFeed: true,
  notifications: true,
  skipLocked: true,
  isRetryable(err) {
    const code = errorCode(err);
    return code !== undefined && PG_RETRYABLE.has(code);
  },
  isUniqueViolation(err) {
    return errorCode(err) === '23505';
  },
};
