/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time: never import application types here, never edit after release.
// PostgreSQL: the searched text moves off `cards` into `card_search` (one row per card), with the
// pg_trgm GIN index there. A move rewrites the card row, and PostgreSQL gives every index of a
// rewritten row a new entry — so with the GIN index on `cards` every move, even one that changes no
// field, recomputed the card's text and its trigrams (about a fifth of the database's CPU per
// move, measured). Triggers keep `card_search` in step, only when the title or fields change.
// SQLite already keeps the text apart (the FTS5 table of 1400): nothing to do there.
import type { Kysely } from 'kysely';
import { PostgresAdapter, sql } from 'kysely';

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`create table card_search (
    card_id text primary key references cards (id) on delete cascade,
    text text not null
  )`.execute(db);
  await sql`insert into card_search (card_id, text)
    select id, card_search_text(title, fields) from cards`.execute(db);
  await sql`create index card_search_text_trgm on card_search
    using gin (text public.gin_trgm_ops)`.execute(db);
  await sql`drop index if exists cards_search_values_trgm`.execute(db);
  await sql`create function card_search_sync() returns trigger language plpgsql as $$
    begin
      insert into card_search (card_id, text) values (new.id, card_search_text(new.title, new.fields))
      on conflict (card_id) do update set text = excluded.text;
      return null;
    end $$`.execute(db);
  await sql`create trigger card_search_insert after insert on cards
    for each row execute function card_search_sync()`.execute(db);
  await sql`create trigger card_search_update after update of title, fields on cards
    for each row when (old.title is distinct from new.title or old.fields is distinct from new.fields)
    execute function card_search_sync()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`drop trigger if exists card_search_update on cards`.execute(db);
  await sql`drop trigger if exists card_search_insert on cards`.execute(db);
  await sql`drop function if exists card_search_sync()`.execute(db);
  await sql`create index cards_search_values_trgm on cards
    using gin (card_search_text(title, fields) public.gin_trgm_ops)`.execute(db);
  await sql`drop table card_search`.execute(db);
}
