// What differs between SQLite and PostgreSQL, as capability flags. Code outside src/db/ asks the
// adapter; it never tests the dialect name itself.
import { sql, type Expression, type RawBuilder } from 'kysely';
import { isStalePlan } from './named-statements.ts';

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
  /**
   * SELECT … FOR UPDATE: a writer locks a row it will change at whatever revision it holds then
   * (a signal to a parent card). False where writers are serialized anyway (SQLite).
   */
  readonly rowLocks: boolean;
  /**
   * INSERT/UPDATE inside WITH (PostgreSQL): a move writes its card, history and change rows in one
   * statement, one round trip instead of three. SQLite's statements are calls, not round trips.
   */
  readonly writableCtes: boolean;
  /** A busy database, lock timeout, serialization failure or deadlock: safe to run again. */
  isRetryable(err: unknown): boolean;
  /** A unique or primary-key constraint was violated. */
  isUniqueViolation(err: unknown): boolean;
  /** The number under `key` in the `cards.fields` JSON text (a money field), or null if absent. */
  cardFieldNumber(key: string): RawBuilder<number | null>;
  /** Whole milliseconds from one ISO text timestamp to another (null if either is null). */
  msBetween(
    from: Expression<string | null>,
    to: Expression<string | null>,
  ): RawBuilder<number | null>;
  /**
   * Cards whose title or field values (not the fields' names) contain every word (lower-cased),
   * through the search index of migration 1400; or the card whose id is the one word.
   * The words are plain text: `%`, `_` and `\` match themselves. The index is kept in batches:
   * call syncSearchIndex (search-index.ts) before the query.
   */
  cardSearch(words: string[]): RawBuilder<boolean>;
  /**
   * The same test checked card by card, for a window of a column where most cards match: a scan
   * in board order stops after a window's worth, where the index would first collect them all.
   */
  cardSearchEach(words: string[]): RawBuilder<boolean>;
}

/** `%`, `_` and `\` match themselves in the search text. */
function likePattern(word: string): string {
  return `%${word.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** Each word as a LIKE on `text` (the searched text: the title and the fields' values). */
function textLike(text: RawBuilder<string>, words: string[], escape: boolean): RawBuilder<boolean> {
  return sql<boolean>`(${sql.join(
    words.map((w) =>
      escape
        ? sql`${text} like ${likePattern(w)} escape '\\'`
        : sql`${text} like ${likePattern(w)}`,
    ),
    sql` and `,
  )})`;
}

/** A card's id, typed or pasted whole as the only word (ids are lower-case). */
const byId = (words: string[]) => sql<boolean>`cards.id = ${words.length === 1 ? words[0]! : ''}`;

/** FTS5 trigram phrases need three characters; shorter words are left to the LIKE check. */
function ftsQuery(words: string[]): string | null {
  const long = words.filter((w) => [...w].length >= 3);
  return long.length ? long.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ') : null;
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
  rowLocks: false,
  writableCtes: false,
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
  // julianday() is a double of about 2.5 million days: the difference is within 0.1 ms of the
  // exact one, and timestamps are whole milliseconds, so rounding gives it exactly.
  msBetween: (from, to) =>
    sql<
      number | null
    >`cast(round((julianday(${to}) - julianday(${from})) * 86400000.0) as integer)`,
  cardFieldNumber(key) {
    const path = `$."${key.replace(/"/g, '""')}"`;
    // One JSON pass per row (a json_type check doubles the cost of a 100k-card sum); the engine
    // only ever stores numbers in money fields, and absent ones are null.
    return sql<number | null>`json_extract(fields, ${path})`;
  },
  cardSearch(words) {
    // Migration 1400's FTS5 table keeps the searched text by the card's rowid: the trigram index
    // narrows to candidates, LIKE on the same text decides (and alone covers short words).
    const match = ftsQuery(words);
    const like = textLike(sql<string>`cards_search.text`, words, true);
    const found =
      match === null
        ? sql`select rowid from cards_search where ${like}`
        : sql`select rowid from cards_search where cards_search match ${match} and ${like}`;
    return sql<boolean>`(cards.rowid in (${found}) or ${byId(words)})`;
  },
  cardSearchEach(words) {
    const like = textLike(sql<string>`cards_search.text`, words, true);
    return sql<boolean>`(exists (select 1 from cards_search where cards_search.rowid = cards.rowid and ${like}) or ${byId(words)})`;
  },
};

// 40001 serialization_failure, 40P01 deadlock_detected, 55P03 lock_not_available (lock_timeout);
// and a prepared statement whose table another process changed (named-statements.ts).
const PG_RETRYABLE = new Set(['40001', '40P01', '55P03']);

export const postgresAdapter: DbAdapter = {
  dialect: 'postgres',
  supportsReturning: true,
  beginImmediate: false,
  advisoryLocks: true,
  sequencedFeed: true,
  notifications: true,
  skipLocked: true,
  rowLocks: true,
  writableCtes: true,
  isRetryable(err) {
    const code = errorCode(err);
    return (code !== undefined && PG_RETRYABLE.has(code)) || isStalePlan(err);
  },
  isUniqueViolation(err) {
    return errorCode(err) === '23505';
  },
  msBetween: (from, to) =>
    sql<
      number | null
    >`(extract(epoch from (${to}::timestamptz - ${from}::timestamptz)) * 1000)::float8`,
  cardFieldNumber(key) {
    return sql<number | null>`(case when jsonb_typeof(fields::jsonb -> ${key}) = 'number'
      then (fields::jsonb ->> ${key})::numeric end)`;
  },
  // `card_search` keeps each card's searched text (migration 1800); pg_trgm's GIN index on it
  // serves LIKE (PostgreSQL's default escape is already the backslash; an ESCAPE clause would hide
  // it from the index).
  // The id typed whole joins the matches as one more row (an `or` beside the subquery would keep
  // the planner from the index: a scan of every card, measured 112 vs 10 ms at 100,000 cards).
  cardSearch: (words) =>
    sql<boolean>`cards.id in (select card_search.card_id from card_search
      where ${textLike(sql<string>`card_search.text`, words, false)}
      union all select ${words.length === 1 ? words[0]! : ''})`,
  cardSearchEach: (words) =>
    sql<boolean>`(exists (select 1 from card_search where card_search.card_id = cards.id
      and ${textLike(sql<string>`card_search.text`, words, false)}) or ${byId(words)})`,
};
