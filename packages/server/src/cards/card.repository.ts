// Card rows. Plain functions, `db` first (a Kysely or a transaction).
import type { Kysely } from 'kysely';
import type { CardRow, CardsTable, Database } from '../db/schema.ts';
import { PreparedSql, preparedSql, queryRows, runStatement } from '../db/prepared-sql.ts';

type Db = Kysely<Database>;

/** Text columns cannot hold NUL (PostgreSQL refuses it), so no row has such a key. */
export function canBeStoredKey(key: string): boolean {
  return !key.includes('\u0000') && key.length <= 200;
}

export async function findCardRow(db: Db, id: string): Promise<CardRow | undefined> {
  if (!canBeStoredKey(id)) return undefined;
  const rows = await queryRows<CardRow>(db, FIND_CARD, [id]);
  return rows[0];
}

const FIND_CARD = preparedSql`select * from cards where id = ?`;

/** A move's target column, for cards of one workflow version: `key@version` and the stage. */
export type MoveTarget = readonly [version: string, stage: string];

export interface CardForMove {
  card: CardRow;
  /** The column the card's own version sends this move to, when it was among the targets. */
  target?: { stage: string; lastPosition: string | null };
}

/**
 * The card and, in the same statement, the last position in the column the move will enter: one
 * round trip instead of two on PostgreSQL. `targets` are the candidates known before the card is
 * read (the move's target in each version that has the event); the card's own version picks one.
 */
export async function findCardForMove(
  db: Db,
  id: string,
  targets: readonly MoveTarget[],
): Promise<CardForMove | undefined> {
  if (!canBeStoredKey(id)) return undefined;
  if (targets.length === 0 || targets.length > MAX_MOVE_TARGETS) {
    const card = await findCardRow(db, id);
    return card && { card };
  }
  const rows = await queryRows<
    CardRow & { move_target: string | null; target_last: string | null }
  >(db, findForMove(targets.length), [...targets.flat(), id]);
  const row = rows[0];
  if (!row) return undefined;
  const { move_target: stage, target_last: lastPosition, ...card } = row;
  return stage === null ? { card } : { card, target: { stage, lastPosition } };
}

export const MAX_MOVE_TARGETS = 16;
const FIND_FOR_MOVE: PreparedSql[] = [];

function findForMove(targets: number): PreparedSql {
  return (FIND_FOR_MOVE[targets] ??= new PreparedSql(`
    select c.*, t.column2 as move_target,
      (select p.position from cards as p where p.workflow_key = c.workflow_key
        and p.stage = t.column2 order by p.position desc limit 1) as target_last
    from cards as c
    left join (values ${Array.from({ length: targets }, () => '(?, ?)').join(', ')}) as t
      on t.column1 = c.workflow_key || '@' || c.workflow_version
    where c.id = ?`));
}

/**
 * The card as it is now, locked until the transaction ends where the database has row locks: a
 * writer that moves a card it did not read at a revision the caller gave (a signal to a parent)
 * waits here for a racing writer to commit, then works on the card that writer left.
 */
export async function lockCardRow(
  db: Db,
  id: string,
  rowLocks: boolean,
): Promise<CardRow | undefined> {
  if (!rowLocks) return findCardRow(db, id);
  return db.selectFrom('cards').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertCardRow(db: Db, row: CardRow): Promise<void> {
  await db.insertInto('cards').values(row).execute();
}

export type CardChanges = Partial<
  Pick<
    CardsTable,
    | 'workflow_version'
    | 'stage'
    | 'title'
    | 'fields'
    | 'snapshot'
    | 'assignee_id'
    | 'position'
    | 'entered_at'
    | 'due_at'
    | 'updated_at'
    | 'sla_clocks'
  >
>;

/**
 * Writes the card only if it still has `expectedRevision` and bumps the revision by one.
 * The condition lives in the UPDATE itself, so no writer can lose another's update, whatever the
 * isolation level. Returns false when the revision moved on (or the card is gone).
 */
export async function updateCardIfRevision(
  db: Db,
  id: string,
  expectedRevision: number,
  changes: CardChanges,
): Promise<boolean> {
  const result = await db
    .updateTable('cards')
    .set({ ...changes, revision: expectedRevision + 1 })
    .where('id', '=', id)
    .where('revision', '=', expectedRevision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** What a move writes: the columns an engine step changes, and where the card now sits. */
export type MovedCard = Pick<
  CardsTable,
  | 'stage'
  | 'fields'
  | 'snapshot'
  | 'entered_at'
  | 'due_at'
  | 'position'
  | 'updated_at'
  | 'sla_clocks'
>;

/** The columns of a move that may keep their value; updated_at and revision always change. */
const MOVE_COLUMNS = [
  'stage',
  'fields',
  'snapshot',
  'entered_at',
  'due_at',
  'position',
  'sla_clocks',
] as const;

/** One fixed statement per set of changed columns (at most 128, built once each). */
const moveStatements = new Map<number, PreparedSql>();

function moveStatement(changed: number): PreparedSql {
  let statement = moveStatements.get(changed);
  if (!statement) {
    const set = MOVE_COLUMNS.filter((_, i) => changed & (1 << i)).map(
      (column) => `${column} = ?, `,
    );
    statement = new PreparedSql(
      `update cards set ${set.join('')}updated_at = ?, revision = ? where id = ? and revision = ?`,
    );
    moveStatements.set(changed, statement);
  }
  return statement;
}

/**
 * updateCardIfRevision for a move, as a fixed statement (the move is the hot path), naming only
 * the columns whose value changes: SQLite rewrites the entry of every index on a column the
 * UPDATE names, equal or not (a page each in the WAL), and naming `fields` fires the search
 * index's trigger (`after update of title, fields`), which re-indexes every trigram of the card.
 */
export async function moveCardIfRevision(
  db: Db,
  id: string,
  before: CardRow,
  set: MovedCard,
): Promise<boolean> {
  let changed = 0;
  const params: unknown[] = [];
  MOVE_COLUMNS.forEach((column, i) => {
    if (set[column] === before[column]) return;
    changed |= 1 << i;
    params.push(set[column]);
  });
  params.push(set.updated_at, before.revision + 1, id, before.revision);
  return (await runStatement(db, moveStatement(changed), params)) === 1;
}

const LAST_POSITION = preparedSql`
  select position from cards where workflow_key = ? and stage = ?
  order by position desc limit 1`;

/** The last position in a column (workflow + stage), or null when the column is empty. */
export async function lastPositionInColumn(
  db: Db,
  workflowKey: string,
  stage: string,
): Promise<string | null> {
  const rows = await queryRows<{ position: string }>(db, LAST_POSITION, [workflowKey, stage]);
  return rows[0]?.position ?? null;
}

/** The position right after (`direction: 'next'`) or before `position` in a column. */
export async function neighbourPosition(
  db: Db,
  workflowKey: string,
  stage: string,
  position: string,
  direction: 'next' | 'previous',
): Promise<string | null> {
  const row = await db
    .selectFrom('cards')
    .select('position')
    .where('workflow_key', '=', workflowKey)
    .where('stage', '=', stage)
    .where('position', direction === 'next' ? '>' : '<', position)
    .orderBy('position', direction === 'next' ? 'asc' : 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.position ?? null;
}

export function listCardsOfVersion(
  db: Db,
  workflowKey: string,
  version: number,
): Promise<CardRow[]> {
  return db
    .selectFrom('cards')
    .selectAll()
    .where('workflow_key', '=', workflowKey)
    .where('workflow_version', '=', version)
    .orderBy('id')
    .execute();
}

/** How many cards of a workflow sit in each stage (every version). */
export async function countCardsByStage(
  db: Db,
  workflowKey: string,
): Promise<{ stage: string; version: number; count: number }[]> {
  const rows = await db
    .selectFrom('cards')
    .select(['stage', 'workflow_version'])
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('workflow_key', '=', workflowKey)
    .groupBy(['stage', 'workflow_version'])
    .execute();
  return rows.map((r) => ({ stage: r.stage, version: r.workflow_version, count: Number(r.count) }));
}

/** True when `id` is an active user (assignees must be real people). */
export async function isActiveUser(db: Db, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('disabled')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined && Number(row.disabled) === 0;
}
