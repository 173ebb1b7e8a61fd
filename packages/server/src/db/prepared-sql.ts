// Hot-path statements as fixed SQL text. A CPU profile of a move showed Kysely building and
// compiling its queries (builder nodes, visitor, freeze) at about a tenth of the request; the SQL
// of these few statements never changes, so they skip the builder and go straight to the driver
// (where SQLite's statement cache and PostgreSQL's plan both reuse the same text).
// Written with `?` placeholders; PostgreSQL gets `$1, $2, …`, decided once per dialect by what
// Kysely's own compiler emits, so no caller names a dialect.
// Inside a SQLite write transaction they do not go through Kysely at all: the transaction holds
// the one connection, so its cached statement is called synchronously (no executor, no promise
// per step).
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { directOf } from './transaction.ts';

export class PreparedSql {
  readonly questionMarks: string;
  readonly numbered: string;

  constructor(text: string) {
    this.questionMarks = text.replace(/\s+/g, ' ').trim();
    let n = 0;
    this.numbered = this.questionMarks.replace(/\?/g, () => `$${++n}`);
  }
}

/** Tagged template for a PreparedSql (the text only; values are passed at each run). */
export function preparedSql(strings: TemplateStringsArray): PreparedSql {
  return new PreparedSql(strings.join(''));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any database schema
type AnyDb = Kysely<any>;

const numberedByAdapter = new WeakMap<object, boolean>();

function textFor(db: AnyDb, statement: PreparedSql): string {
  const adapter = db.getExecutor().adapter;
  let numbered = numberedByAdapter.get(adapter);
  if (numbered === undefined) {
    numbered = sql`${0}`.compile(db).sql === '$1';
    numberedByAdapter.set(adapter, numbered);
  }
  return numbered ? statement.numbered : statement.questionMarks;
}

export async function queryRows<R>(
  db: AnyDb,
  statement: PreparedSql,
  params: readonly unknown[],
): Promise<R[]> {
  const direct = directOf(db);
  if (direct) {
    const prepared = direct.statement(statement.questionMarks);
    return (prepared.reader ? prepared.all(...params) : (prepared.run(...params), [])) as R[];
  }
  const result = await db.executeQuery<R>(CompiledQuery.raw(textFor(db, statement), [...params]));
  return result.rows;
}

/** Runs an INSERT/UPDATE/DELETE; returns the number of rows it touched. */
export async function runStatement(
  db: AnyDb,
  statement: PreparedSql,
  params: readonly unknown[],
): Promise<number> {
  const direct = directOf(db);
  if (direct) {
    const prepared = direct.statement(statement.questionMarks);
    // As Kysely's driver: a statement that returns rows reports no count.
    if (prepared.reader) return (prepared.all(...params), 0);
    return prepared.run(...params).changes;
  }
  const result = await db.executeQuery(CompiledQuery.raw(textFor(db, statement), [...params]));
  return Number(result.numAffectedRows ?? 0);
}
