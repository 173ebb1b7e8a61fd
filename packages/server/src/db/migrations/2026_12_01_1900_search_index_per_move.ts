/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time: never import application types here, never edit after release.
// SQLite's search index costs every move that changes a card's fields (most moves carry
// fields): the trigger deleted and re-inserted the card's trigrams, about seven pages in the
// WAL per move. Now, on SQLite only (PostgreSQL's index is an expression index and unchanged):
// - the update trigger runs only when the searched text (title + field values) changes, not
//   whenever `fields` is written (a field set from absent to null, a number rewritten as itself);
// - the FTS5 table keeps no per-row token counts (`columnsize=0`, one page less per re-index):
//   nothing ranks by them. Positions stay (`detail=full`): without them a word is only its
//   trigrams in any order, and a number search at 100,000 cards took twice as long.
import type { Kysely } from 'kysely';
import { PostgresAdapter, sql } from 'kysely';

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** The searched text of a card row (as migration 1400 defined it). */
const text = (row: 'new' | 'old' | 'c') =>
  sql.raw(`lower(${row}.title || ' ' || coalesce((select group_concat(value, ' ')
    from json_tree(${row}.fields) where type not in ('object', 'array')), ''))`);

async function rebuild(db: Kysely<any>, options: string, onlyWhenTextChanges: boolean) {
  for (const name of ['cards_search_insert', 'cards_search_update', 'cards_search_delete'])
    await sql`drop trigger if exists ${sql.id(name)}`.execute(db);
  await sql`drop table if exists cards_search`.execute(db);
  await sql`create virtual table cards_search using fts5(${sql.raw(options)})`.execute(db);
  await sql`insert into cards_search (rowid, text)
    select rowid, ${text('c')} from cards as c`.execute(db);
  await sql`create trigger cards_search_insert after insert on cards begin
    insert into cards_search (rowid, text) values (new.rowid, ${text('new')});
  end`.execute(db);
  const when = onlyWhenTextChanges ? sql`when ${text('old')} is not ${text('new')}` : sql``;
  await sql`create trigger cards_search_update after update of title, fields on cards ${when} begin
    delete from cards_search where rowid = old.rowid;
    insert into cards_search (rowid, text) values (new.rowid, ${text('new')});
  end`.execute(db);
  await sql`create trigger cards_search_delete after delete on cards begin
    delete from cards_search where rowid = old.rowid;
  end`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await rebuild(db, `text, tokenize='trigram', columnsize=0`, true);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await rebuild(db, `text, tokenize='trigram'`, false);
}
