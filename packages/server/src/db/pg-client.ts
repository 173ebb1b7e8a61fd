// PostgreSQL round trips of a write transaction. On this machine a round trip to the database is
// the dearest part of a move: each one is a socket write and a wake-up on both sides (a CPU profile
// of the server under the move bench had about 37 % of its time in socket writes, and PostgreSQL's
// own processes spent as much CPU per move as the server). A move was four round trips: BEGIN, read
// the card, write it (one statement), COMMIT. This client makes it two, without changing what any
// transaction sees or writes:
//
// - BEGIN waits. A READ COMMITTED transaction (writeTransaction's) sends nothing at BEGIN. Plain
//   reads before its first write run at once, outside a transaction: under READ COMMITTED every
//   statement takes a fresh snapshot anyway, and a transaction that has written nothing sees
//   exactly what autocommit sees. The first statement that writes or locks (or a call that might)
//   goes out with BEGIN in front of it, in one socket write (pg's pipeline mode).
// - A statement marked deferrable (DEFERRABLE) waits for the next statement or for COMMIT. It must
//   refuse by itself (raise an error) when it cannot do its work — the move statement raises
//   SF412 when the card is no longer at the expected revision (migration 2000) — because nobody
//   reads its answer before what follows is sent. At COMMIT of a transaction that has written
//   nothing else it is sent alone, as its own transaction: one statement, one round trip, atomic.
//   Otherwise it goes out in front of the next statement (or COMMIT), in the same socket write;
//   when it fails, the transaction is rolled back and every later statement of the transaction
//   fails with its error, so the writer sees the refusal whichever statement it was awaiting.
//
// Limits: pipeline mode refuses pg-cursor and pg-query-stream (nothing here streams). In pipeline
// mode each statement has its own Sync, so a BEGIN that failed would leave the statement sent
// with it in autocommit; BEGIN fails only with its connection, which fails the statement too.
//
// pgjdbc sends BEGIN with the first statement in the same way. Other isolation levels (the board's
// repeatable-read snapshot) and everything outside a transaction are passed through untouched.
import type { Duplex } from 'node:stream';
import type pg from 'pg';
import { NamedStatementClient } from './named-statements.ts';

/** A statement whose text starts with this may wait for the next statement or COMMIT (see above). */
export const DEFERRABLE = '/* deferrable */ ';

/** SQLSTATE of a deferrable statement that refused (raised by the statement itself). */
export const REFUSED = 'SF412';

export function isRefused(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === REFUSED;
}

/** Kysely's BEGIN for writeTransaction: the only one that waits. */
const LAZY_BEGIN = /^start transaction isolation level read committed$/i;
const SELECT = /^\s*select\b/i;
/** A SELECT that locks, or calls something that may write or lock: it belongs in the transaction. */
const NOT_PLAIN =
  /\bfor\s+(update|no\s+key\s+update|share|key\s+share)\b|\bpg_advisory|\bstageflow_|\bnextval\s*\(|\bsetval\s*\(|\bset_config\s*\(|\bpg_notify\s*\(|\bxact_id|\btxid_/i;

interface Pending {
  text: string;
  values: unknown[];
}

interface Transaction {
  /** BEGIN's text until it has been sent. */
  begin: string | null;
  deferred: Pending | null;
  /** The deferred statement's error: every later statement of the transaction fails with it. */
  failed: { error: unknown } | null;
}

function done(command: string): pg.QueryResult {
  return { command, rowCount: 0, oid: 0, fields: [], rows: [] };
}

export class LazyTransactionClient extends NamedStatementClient {
  #tx: Transaction | null = null;
  /** Set while a pipeline that starts with BEGIN is being written: its statements are in a transaction. */
  #pipelining = false;

  protected override inTransaction(): boolean {
    return this.#pipelining || super.inTransaction();
  }

  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (args.length !== 2 || typeof text !== 'string' || !Array.isArray(values)) {
      return super.query(...args);
    }
    if (LAZY_BEGIN.test(text) && values.length === 0) {
      this.#tx = { begin: text, deferred: null, failed: null };
      return Promise.resolve(done('BEGIN')) as never;
    }
    if (!this.#tx) return super.query(text, values);
    return this.#inTransaction(this.#tx, text, values) as never;
  }

  async #inTransaction(tx: Transaction, text: string, values: unknown[]): Promise<pg.QueryResult> {
    const verb = text.length <= 12 ? text.trim().toLowerCase() : '';
    if (verb === 'commit') return this.#commit(tx);
    if (verb === 'rollback') return this.#rollback(tx);
    if (tx.failed) throw tx.failed.error;
    if (text.startsWith(DEFERRABLE)) {
      if (tx.deferred) await this.#send(tx, null);
      tx.deferred = { text, values };
      return done('SELECT');
    }
    if (tx.begin !== null && !tx.deferred && SELECT.test(text) && !NOT_PLAIN.test(text)) {
      return this.#named(text, values);
    }
    return (await this.#send(tx, { text, values }))!;
  }

  /** BEGIN if not yet sent, the deferred statement if any, then `next`: one socket write. */
  async #send(tx: Transaction, next: Pending | null): Promise<pg.QueryResult | undefined> {
    const stream = (this as unknown as { connection: { stream: Duplex } }).connection.stream;
    const { begin, deferred } = tx;
    tx.begin = null;
    tx.deferred = null;
    let begun: Promise<pg.QueryResult> | undefined;
    let first: Promise<pg.QueryResult> | undefined;
    let last: Promise<pg.QueryResult> | undefined;
    stream.cork();
    this.#pipelining = true;
    try {
      if (begin !== null) begun = this.#named(begin, []);
      if (deferred) first = this.#named(deferred.text, deferred.values);
      if (next) last = this.#named(next.text, next.values);
    } finally {
      this.#pipelining = false;
      stream.uncork();
    }
    // Every answer is awaited (none may reject unobserved); the first failure is the one to tell.
    const settled = await Promise.allSettled([begun, first, last]);
    const [b, d, n] = settled;
    if (b.status === 'rejected') throw b.reason;
    if (d.status === 'rejected') {
      tx.failed = { error: d.reason };
      throw d.reason;
    }
    if (n.status === 'rejected') throw n.reason;
    return n.value;
  }

  async #commit(tx: Transaction): Promise<pg.QueryResult> {
    if (tx.begin !== null) {
      // Nothing written yet: the deferred statement, if any, is the whole transaction.
      if (tx.deferred) {
        const { text, values } = tx.deferred;
        tx.deferred = null;
        try {
          await this.#named(text, values);
        } catch (error) {
          // Kysely rolls back after a failed COMMIT: that rollback has nothing to undo.
          tx.failed = { error };
          throw error;
        }
      }
      this.#tx = null;
      return done('COMMIT');
    }
    if (tx.failed) throw tx.failed.error;
    if (!tx.deferred) {
      this.#tx = null;
      return this.#named('commit', []);
    }
    // The deferred statement goes first in the same write; if it refused, COMMIT rolls back.
    const committed = await this.#send(tx, { text: 'commit', values: [] });
    this.#tx = null;
    return committed!;
  }

  async #rollback(tx: Transaction): Promise<pg.QueryResult> {
    this.#tx = null;
    if (tx.begin !== null) return done('ROLLBACK');
    return this.#named('rollback', []);
  }

  #named(text: string, values: unknown[]): Promise<pg.QueryResult> {
    return super.query(text, values) as Promise<pg.QueryResult>;
  }
}
