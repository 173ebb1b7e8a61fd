/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time: never import application types here, never edit after release.
// PostgreSQL: the move statement (a card's UPDATE at the expected revision with its history and
// change rows, one statement) refuses by itself when the revision moved on, instead of answering
// "0 rows" for the server to look at. A statement that fails on its own can be sent without
// waiting for its answer — at COMMIT, or as the whole transaction — and still never commit a
// move made against a stale card (db/pg-client.ts). SQLSTATE SF412 names the refusal.
import type { Kysely } from 'kysely';
import { PostgresAdapter, sql } from 'kysely';

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`create function stageflow_expect_one_moved(moved bigint) returns bigint
    language plpgsql as $$
    begin
      if moved <> 1 then
        raise exception 'the card is no longer at the expected revision' using errcode = 'SF412';
      end if;
      return moved;
    end $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`drop function if exists stageflow_expect_one_moved(bigint)`.execute(db);
}
