// The board's queries: per-column counts and money totals computed in SQL, and windows of cards
// per column by keyset over (position, id) — so a board of 100,000 cards sends only what is seen.
// Positions are fractional-index keys: byte order on both databases (`collate "C"` on PostgreSQL).
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { DbAdapter } from '../db/adapter.ts';
import type { Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';

export interface BoardFilter {
  /** Words that must all appear in the title or the fields' values (lower-cased, no empties). */
  words: string[];
  /** A user id, or 'none' for unassigned cards. */
  assignee: string | null;
  /** Only cards due before this instant. */
  overdueAt: string | null;
}

export const noFilter: BoardFilter = { words: [], assignee: null, overdueAt: null };

export const isFiltered = (f: BoardFilter) =>
  f.words.length > 0 || f.assignee !== null || f.overdueAt !== null;

type CardsQuery<O> = SelectQueryBuilder<Database, 'cards', O>;

function applyFilter<O>(
  query: CardsQuery<O>,
  adapter: DbAdapter,
  filter: BoardFilter,
  dense = false,
): CardsQuery<O> {
  let q = query;
  if (filter.assignee === 'none') q = q.where('assignee_id', 'is', null);
  else if (filter.assignee !== null) q = q.where('assignee_id', '=', filter.assignee);
  if (filter.overdueAt !== null)
    q = q.where('due_at', 'is not', null).where('due_at', '<', filter.overdueAt);
  if (filter.words.length > 0)
    q = q.where(dense ? adapter.cardSearchEach(filter.words) : adapter.cardSearch(filter.words));
  return q;
}

export interface StageSummary {
  stage: string;
  /** A card of the stage pinned to this version (labels stages the latest version dropped). */
  version: number;
  count: number;
  amount: number | null;
}

/** Every stage with cards: how many, and the total of `moneyKey` over them. */
export async function stageSummaries(
  db: Kysely<Database>,
  adapter: DbAdapter,
  workflowKey: string,
  moneyKey: string | undefined,
): Promise<StageSummary[]> {
  const amount = moneyKey ? adapter.cardFieldNumber(moneyKey) : sql<null>`null`;
  const rows = await db
    .selectFrom('cards')
    .select((eb) => [
      'stage',
      eb.fn.max('workflow_version').as('version'),
      eb.fn.countAll<number>().as('count'),
      sql<number | null>`sum(${amount})`.as('amount'),
    ])
    .where('workflow_key', '=', workflowKey)
    .groupBy('stage')
    .execute();
  return rows.map((r) => ({
    stage: r.stage,
    version: Number(r.version),
    count: Number(r.count),
    amount: r.amount === null ? null : Number(r.amount),
  }));
}

/** Stage → how many of its cards pass the filter. */
export async function matchedCounts(
  db: Kysely<Database>,
  adapter: DbAdapter,
  workflowKey: string,
  filter: BoardFilter,
): Promise<Map<string, number>> {
  const rows = await applyFilter(
    db
      .selectFrom('cards')
      .select((eb) => ['stage', eb.fn.countAll<number>().as('count')])
      .where('workflow_key', '=', workflowKey),
    adapter,
    filter,
  )
    .groupBy('stage')
    .execute();
  return new Map(rows.map((r) => [r.stage, Number(r.count)]));
}

export function encodeCursor(row: { position: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.position, row.id])).toString('base64url');
}

export function decodeCursor(cursor: string): [string, string] {
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
  throw new HttpProblem(400, 'invalid_cursor', 'The cursor is not one this server handed out.');
}

export interface WindowRequest {
  workflowKey: string;
  stage: string;
  filter: BoardFilter;
  /** Cursor of the last card already shown (null: from the top). */
  after: string | null;
  limit: number;
  /** Most of the column matches (say the counts): check card by card in board order. */
  dense?: boolean;
}

/** One window of a column's cards in board order, and the cursor of the next one (null: the end). */
export async function columnWindow(db: Kysely<Database>, adapter: DbAdapter, req: WindowRequest) {
  let query = applyFilter(
    db
      .selectFrom('cards')
      .select([
        'id',
        'title',
        'stage',
        'position',
        'assignee_id',
        'revision',
        'entered_at',
        'due_at',
        'workflow_version',
        'fields',
      ])
      .where('workflow_key', '=', req.workflowKey)
      .where('stage', '=', req.stage),
    adapter,
    req.filter,
    req.dense,
  );
  if (req.after !== null) {
    const [position, id] = decodeCursor(req.after);
    query = query.where((eb) =>
      eb.or([
        eb('position', '>', position),
        eb.and([eb('position', '=', position), eb('id', '>', id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('position')
    .orderBy('id')
    .limit(req.limit + 1)
    .execute();
  const page = rows.slice(0, req.limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > req.limit && last ? encodeCursor(last) : null };
}

export type BoardCardRow = Awaited<ReturnType<typeof columnWindow>>['rows'][number];
