// PostgreSQL parses and plans a statement sent without a name on every execution. Our statements
// are a few hundred fixed texts (Kysely's output for the same query shape is the same text), so the
// pool's clients send each parameterised text as a named prepared statement: parsed and planned
// once per connection, then only bound and executed. The name is a hash of the text; pg remembers
// per connection which names it has already parsed.
//
// - At most NAMED_TEXTS distinct texts get names per process (Kysely writes `in ($1, $2, …)` lists
//   of every length); later ones run unnamed, as before.
// - A prepared `select *` fails with "cached plan must not change result type" (0A000) once another
//   process has changed the table (a newer server version migrating while this one runs). Then
//   every name is dropped: later statements get fresh names and are parsed again on every
//   connection. A statement outside a transaction is simply run again; inside one the error counts
//   as retryable (adapter.isRetryable), so writeTransaction runs the whole transaction again.
import { createHash } from 'node:crypto';
import pg from 'pg';

const NAMED_TEXTS = 500;
const names = new Map<string, string>();
let generation = 0;

function nameFor(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < NAMED_TEXTS) {
    const hash = createHash('sha1').update(text).digest('base64url').slice(0, 22);
    name = `sf${generation}_${hash}`;
    names.set(text, name);
  }
  return name;
}

/** PostgreSQL's feature_not_supported, as raised when a prepared statement's columns changed. */
export function isStalePlan(err: unknown): boolean {
  return (
    typeof err === 'object' &&
    err !== null &&
    (err as { code?: unknown }).code === '0A000' &&
    /cached plan must not change result type/.test(String((err as { message?: unknown }).message))
  );
}

type Query = (...args: unknown[]) => unknown;

export class NamedStatementClient extends pg.Client {
  /** Whether a statement sent now runs inside a transaction (then a stale plan fails the transaction). */
  protected inTransaction(): boolean {
    return this.getTransactionStatus() !== 'I';
  }

  // pg's overloads (config object, text + values, callbacks, submittables) are passed through;
  // only the promise form Kysely uses — query(text, values) — is named.
  override query(...args: unknown[]): never {
    const query = super.query.bind(this) as Query;
    const [text, values] = args;
    if (args.length !== 2 || typeof text !== 'string' || !Array.isArray(values) || !values.length)
      return query(...args) as never;
    const name = nameFor(text);
    if (name === undefined) return query(...args) as never;
    // Outside a transaction a failed statement leaves nothing behind: it may simply run again.
    const autocommit = !this.inTransaction();
    return (query({ name, text, values }) as Promise<unknown>).catch((err: unknown) => {
      if (!isStalePlan(err)) throw err;
      if (names.get(text) === name) {
        names.clear();
        generation += 1;
      }
      if (!autocommit) throw err;
      return query(text, values);
    }) as never;
  }
}
