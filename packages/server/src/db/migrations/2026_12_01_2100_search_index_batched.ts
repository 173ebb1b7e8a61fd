/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time: never import application types here, never edit after release.
// SQLite: a move that changes a card's fields no longer re-indexes its search text in the same
// transaction. Keeping FTS5 in step one card per commit cost about a fifth of a move's time
// (each commit wrote a new index segment and, every few commits, merged them; measured with the
// update trigger dropped: 1.26x moves/s). Now the update trigger only notes the card in
// `cards_search_pending`; the server re-indexes the noted cards in batches, one transaction for
// many (db/search-index.ts), shortly after commits and always before a search reads the
// index, so a search still sees every committed change. `cards_search_source` is the searched
// text of a card (as migrations 1400 and 1900 defined it), in one place.
// PostgreSQL keeps its own search table in step by trigger (migration 1800): nothing here.
import type { Kysely } from 'kysely';
import { PostgresAdapter, sql } from 'kysely';

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** The searched text of a card row (as migration 1400 defined it). */
const text = (row: 'new' | 'old' | 'c') =>
  sql.raw(`lower(${row}.title || ' ' || coalesce((select group_concat(value, ' ')
    from json_tree(${row}.fields) where type not in ('object', 'array')), ''))`);

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await sql`create table cards_search_pending (card_rowid integer primary key)`.execute(db);
  await sql`create view cards_search_source as
    select c.rowid as card_rowid, ${text('c')} as text from cards as c`.execute(db);
  await sql`drop trigger cards_search_update`.execute(db);
  await sql`create trigger cards_search_update after update of title, fields on cards begin
    insert or ignore into cards_search_pending (card_rowid) values (new.rowid);
  end`.execute(db);
  await sql`drop trigger cards_search_delete`.execute(db);
  await sql`create trigger cards_search_delete after delete on cards begin
    delete from cards_search where rowid = old.rowid;
    delete from cards_search_pending where card_rowid = old.rowid;
  end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  // What is still noted goes into the index first, then migration 1900's triggers return.
  await sql`delete from cards_search
    where rowid in (select card_rowid from cards_search_pending)`.execute(db);
  await sql`insert into cards_search (rowid, text)
    select card_rowid, text from cards_search_source
    where card_rowid in (select card_rowid from cards_search_pending)`.execute(db);
  await sql`drop trigger cards_search_update`.execute(db);
  await sql`create trigger cards_search_update after update of title, fields on cards
    when ${text('old')} is not ${text('new')} begin
    delete from cards_search where rowid = old.rowid;
    insert into cards_search (rowid, text) values (new.rowid, ${text('new')});
  end`.execute(db);
  await sql`drop trigger cards_search_delete`.execute(db);
  await sql`create trigger cards_search_delete after delete on cards begin
    delete from cards_search where rowid = old.rowid;
  end`.execute(db);
  await sql`drop view cards_search_source`.execute(db);
  await sql`drop table cards_search_pending`.execute(db);
}
