/* eslint-disable @typescript-eslint/no-explicit-any -- migrations take Kysely<any>: frozen in time, independent of the app types */
// Frozen in time: never import application types here, never edit after release.
// Boards of 100,000 cards: the board's filters and its search run in SQL, so they get indexes.
// - assignee and overdue filters within a workflow: (workflow_key, assignee_id), (workflow_key, due_at);
// - search (`q`, a substring of the title or the fields' JSON text): a trigram index.
//   SQLite: an FTS5 table with the trigram tokenizer, contentless (the text is not stored twice),
//   kept in step with `cards` by triggers and keyed by the card's rowid (Stageflow never deletes
//   cards or VACUUMs, so rowids stay put). PostgreSQL: pg_trgm's GIN index on the same text.
//   Either one only narrows the candidates; the query still checks the words with LIKE.
import type { Kysely } from 'kysely';
import { PostgresAdapter, sql } from 'kysely';

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('cards_workflow_assignee')
    .on('cards')
    .columns(['workflow_key', 'assignee_id'])
    .execute();
  await db.schema
    .createIndex('cards_workflow_due_at')
    .on('cards')
    .columns(['workflow_key', 'due_at'])
    .execute();

  if (isPostgres(db)) {
    // In `public`, named with its schema: a connection's search_path may not list it.
    await sql`create extension if not exists pg_trgm with schema public`.execute(db);
    await sql`create index cards_search_trgm on cards
      using gin ((lower(title || ' ' || fields)) public.gin_trgm_ops)`.execute(db);
    return;
  }
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

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop index if exists cards_search_trgm`.execute(db);
  } else {
    for (const name of ['cards_search_insert', 'cards_search_update', 'cards_search_delete'])
      await sql`drop trigger if exists ${sql.id(name)}`.execute(db);
    await sql`drop table if exists cards_search`.execute(db);
  }
  await db.schema.dropIndex('cards_workflow_due_at').execute();
  await db.schema.dropIndex('cards_workflow_assignee').execute();
}
