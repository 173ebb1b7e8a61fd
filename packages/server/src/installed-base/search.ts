// Case-insensitive "contains" search over a few text columns, the same on SQLite and PostgreSQL.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';

/** `%q%` with LIKE's own wildcards escaped, lowercased (compared with lower(column)). */
export function containsPattern(q: string): string {
  return `%${q
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** lower(col) LIKE pattern for any of `columns`. */
export function matchesAny<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  columns: string[],
  q: string,
): Expression<SqlBool> {
  const pattern = containsPattern(q);
  return eb.or(
    columns.map((column) => sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`),
  );
}
