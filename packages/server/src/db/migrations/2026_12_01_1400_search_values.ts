/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time: never import application types here, never edit after release.
// Search finds what a card says, not how its fields are named: the searched text becomes the
// title and the fields' values (nested ones too), without the JSON keys (0600 indexed
// `title || ' ' || fields`, so "amount" found every card with an amount). A card's own id is
// matched whole by the query, not through this text (its digits would match any short search).
// - SQLite: the FTS5 trigram table now keeps its text (not contentless): the search checks its
//   words with LIKE on that text, which no longer exists on `cards`. Triggers fill it.
// - PostgreSQL: an immutable function gives the text; pg_trgm's GIN index is on that function.
import type { Kysely } from 'kysely';
import { PostgresAdapter, sql } from 'kysely';

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** SQLite: the title and every scalar value of the fields, lower-cased (as 0600's check did). */
const sqliteText = (row: 'new' | 'c') =>
  sql.raw(`lower(${row}.title || ' ' || coalesce((select group_concat(value, ' ')
    from json_tree(${row}.fields) where type not in ('object', 'array')), ''))`);

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    // `strict`: in lax mode `.**` reaches array members twice.
    await sql`create function card_search_text(title text, fields text) returns text
      language sql immutable parallel safe
      as $$ select lower($1 || ' ' || coalesce((
        select string_agg(v #>> '{}', ' ')
        from jsonb_path_query($2::jsonb, 'strict $.**') as v
        where jsonb_typeof(v) not in ('object', 'array')), '')) $$`.execute(db);
    await sql`create index cards_search_values_trgm on cards
      using gin (card_search_text(title, fields) public.gin_trgm_ops)`.execute(db);
    await sql`drop index if exists cards_search_trgm`.execute(db);
    return;
  }
  for (const name of ['cards_search_insert', 'cards_search_update', 'cards_search_delete'])
    await sql`drop trigger if exists ${sql.id(name)}`.execute(db);
  await sql`drop table if exists cards_search`.execute(db);
  await sql`create virtual table cards_search using fts5(text, tokenize='trigram')`.execute(db);
  await sql`insert into cards_search (rowid, text)
    select rowid, ${sqliteText('c')} from cards as c`.execute(db);
  await sql`create trigger cards_search_insert after insert on cards begin
    insert into cards_search (rowid, text) values (new.rowid, ${sqliteText('new')});
  end`.execute(db);
  await sql`create trigger cards_search_update after update of title, fields on cards begin
    delete from cards_search where rowid = old.rowid;
    insert into cards_search (rowid, text) values (new.rowid, ${sqliteText('new')});
  end`.execute(db);
  await sql`create trigger cards_search_delete after delete on cards begin
    delete from cards_search where rowid = old.rowid;
  end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`create index cards_search_trgm on cards
      using gin ((lower(title || ' ' || fields)) public.gin_trgm_ops)`.execute(db);
    await sql`drop index if exists cards_search_values_trgm`.execute(db);
    await sql`drop function if exists card_search_text(text, text)`.execute(db);
    return;
  }
  for (const name of ['cards_search_insert', 'cards_search_update', 'cards_search_delete'])
    await sql`drop trigger if exists ${sql.id(name)}`.execute(db);
  await sql`drop table if exists cards_search`.execute(db);
  await sql`create virtual table cards_search using fts5(
    text, content='', contentless_delete=1, tokenize='trigram')`.execute(db);
  await sql`insert into cards_search (rowid, text)
    select rowid, title || ' ' || fields from cards`.execute(db);
  await sql`create trigger cards_search_insert after insert on cards begin
    insert into cards_search (rowid, text) values (new.rowid, new.title || ' ' || new.fields);
  end`.execute(db);
  await sql`create trigger cards_search_update after update of title, fields on cards begin
    delete from cards_search where rowid = old.rowid;
    insert into cards_search (rowid, text) values (new.rowid, new.title || ' ' || new.fields);
  end`.execute(db);
  await sql`create trigger cards_search_delete after delete on cards begin
    delete from cards_search where rowid = old.rowid;
  end`.execute(db);
}
