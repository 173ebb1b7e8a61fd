// A move's three rows — the card at the expected revision, its history row, its change row — as
// one statement where the database runs writes inside WITH (PostgreSQL): one round trip instead
// of three. The history and change rows are inserted only from the row the UPDATE touched, and a
// stale revision makes the statement fail (SQLSTATE SF412, migration 2000), so it writes nothing.
// Because it refuses by itself it is deferrable (db/pg-client.ts): it waits for the next statement
// or COMMIT, and a move that writes nothing else is this one statement, without BEGIN and COMMIT.
import type { Insertable } from 'kysely';
import type { WriteTx } from '../db/transaction.ts';
import type { CardHistoryTable } from '../db/schema.ts';
import { DEFERRABLE } from '../db/pg-client.ts';
import { PreparedSql, queryRows } from '../db/prepared-sql.ts';
import type { NewChange } from '../events/change-feed.ts';
import type { MovedCard } from './card.repository.ts';

const HISTORY_AND_CHANGE = `
  history as (
    insert into card_history
      (card_id, revision, at, actor_id, kind, event, from_stage, to_stage, changes)
    select id, ?::integer, ?, ?, ?, ?, ?, ?, ? from moved
  ),
  change as (
    insert into change_outbox (at, kind, workflow_key, card_id, payload)
    select ?, ?, ?, id, ? from moved
  )
  select stageflow_expect_one_moved(count(*)) as moved from moved`;

function statement(setFields: boolean): PreparedSql {
  const text = `${DEFERRABLE}
    with moved as (
      update cards set stage = ?, ${setFields ? 'fields = ?, ' : ''}snapshot = ?, entered_at = ?,
        due_at = ?, position = ?, updated_at = ?, sla_clocks = ?, revision = ?
      where id = ? and revision = ?
      returning id
    ),${HISTORY_AND_CHANGE}`;
  return new PreparedSql(text);
}

// Without `fields` when a move leaves them as they were (see moveCardIfRevision).
const MOVE = { withFields: statement(true), sameFields: statement(false) };

export interface MoveRows {
  id: string;
  expectedRevision: number;
  set: MovedCard;
  fieldsBefore: string;
  history: Insertable<CardHistoryTable>;
  change: NewChange;
}

/**
 * Writes the move and its rows into `change_outbox`. When the revision moved on, this or a later
 * statement of the transaction (or its COMMIT) fails with SQLSTATE SF412 (isRefused).
 */
export async function moveCardWithRows(trx: WriteTx, move: MoveRows): Promise<void> {
  const { set, history: h, change: c } = move;
  const sameFields = set.fields === move.fieldsBefore;
  await queryRows(trx, sameFields ? MOVE.sameFields : MOVE.withFields, [
    set.stage,
    ...(sameFields ? [] : [set.fields]),
    set.snapshot,
    set.entered_at,
    set.due_at,
    set.position,
    set.updated_at,
    set.sla_clocks,
    move.expectedRevision + 1,
    move.id,
    move.expectedRevision,
    h.revision,
    h.at,
    h.actor_id,
    h.kind,
    h.event ?? null,
    h.from_stage ?? null,
    h.to_stage,
    h.changes,
    c.at,
    c.kind,
    c.workflowKey,
    JSON.stringify(c.payload),
  ]);
}
