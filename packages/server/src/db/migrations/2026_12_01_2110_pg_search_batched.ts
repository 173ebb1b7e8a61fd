/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time: never import application types here, never edit after release.
// PostgreSQL, as migration 2100 did for SQLite: a change to a card's title or fields no longer
// upserts its searched text into `card_search` (and its trigram GIN index) in the same statement;
// the update trigger only notes the card in `card_search_pending`, and the server re-indexes the
// noted cards in batches (cards re-indexed in one statement: db/search-index.ts) shortly after
// commits and before a search reads the index. Measured with the update trigger dropped: 1.21x
// PostgreSQL moves/s. A new card is still indexed by its insert trigger at once.
import type { Kysely } from 'kysely';
import { PostgresAdapter, sql } from 'kysely';

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`create table card_search_pending (card_id text primary key)`.execute(db);
  await sql`create function card_search_note() returns trigger language plpgsql as $$
    begin
      insert into card_search_pending (card_id) values (new.id) on conflict do nothing;
      return null;
    end $$`.execute(db);
  await sql`drop trigger card_search_update on cards`.execute(db);
  await sql`create trigger card_search_update after update of title, fields on cards
    for each row when (old.title is distinct from new.title or old.fields is distinct from new.fields)
    execute function card_search_note()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  // What is still noted goes into the index first, then migration 1800's trigger returns.
  await sql`insert into card_search (card_id, text)
    select c.id, card_search_text(c.title, c.fields)
    from cards as c join card_search_pending as p on p.card_id = c.id
    on conflict (card_id) do update set text = excluded.text`.execute(db);
  await sql`drop trigger card_search_update on cards`.execute(db);
  await sql`create trigger card_search_update after update of title, fields on cards
    for each row when (old.title is distinct from new.title or old.fields is distinct from new.fields)
    execute function card_search_sync()`.execute(db);
  await sql`drop function card_search_note()`.execute(db);
  await sql`drop table card_search_pending`.execute(db);
}
