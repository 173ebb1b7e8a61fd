// GET /cards: filters and keyset pagination over (created_at, id), so pages never shift when
// cards move. The cursor is opaque to clients (base64url JSON of the last row's sort key).
import type { Kysely } from 'kysely';
import type { DbAdapter } from '../db/adapter.ts';
import type { CardRow, Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';

export interface CardListFilter {
  workflow?: string;
  stage?: string;
  q?: string;
  assignee?: string;
  overdue?: boolean;
  cursor?: string;
  limit: number;
  now: string;
}

export function encodeCursor(row: Pick<CardRow, 'created_at' | 'id'>): string {
  return Buffer.from(JSON.stringify([row.created_at, row.id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      !`${value[0]}${value[1]}`.includes('\u0000')
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through to the problem below
  }
  throw new HttpProblem(400, 'invalid_cursor', say('cards.badCursor'));
}

export async function listCardRows(
  db: Kysely<Database>,
  adapter: DbAdapter,
  filter: CardListFilter,
): Promise<{ rows: CardRow[]; nextCursor: string | null }> {
  let query = db.selectFrom('cards').selectAll();
  if (filter.workflow !== undefined) query = query.where('workflow_key', '=', filter.workflow);
  if (filter.stage !== undefined) query = query.where('stage', '=', filter.stage);
  if (filter.assignee !== undefined) query = query.where('assignee_id', '=', filter.assignee);
  if (filter.overdue === true) {
    query = query.where('due_at', 'is not', null).where('due_at', '<', filter.now);
  } else if (filter.overdue === false) {
    query = query.where((eb) => eb.or([eb('due_at', 'is', null), eb('due_at', '>=', filter.now)]));
  }
  if (filter.q !== undefined && filter.q !== '') {
    // The text as one phrase, in the title, id or field values (not the fields' names), through
    // the board's search index.
    query = query.where(adapter.cardSearch([filter.q.toLowerCase()]));
  }
  if (filter.cursor !== undefined) {
    const [createdAt, id] = decodeCursor(filter.cursor);
    query = query.where((eb) =>
      eb.or([
        eb('created_at', '>', createdAt),
        eb.and([eb('created_at', '=', createdAt), eb('id', '>', id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('created_at')
    .orderBy('id')
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > filter.limit && last ? encodeCursor(last) : null };
}
