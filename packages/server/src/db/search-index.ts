// The search index is kept in batches (migrations 2100 for SQLite, 2110 for PostgreSQL): a change
// to a card's title or fields only notes the card as pending, and this re-indexes every noted
// card in one transaction — shortly after commits, and always before a search reads the index,
// so a search sees every change committed before it. One index write per batch instead of one per
// move (FTS5 on SQLite, the trigram GIN index on PostgreSQL).
import { sql } from 'kysely';
import type { Store } from './database.ts';
import { writeTransaction } from './transaction.ts';

/** How long the re-indexing after a commit waits to gather the commits that follow it. */
const GATHER_MS = 100;

const soon = new WeakMap<Store, NodeJS.Timeout>();
/** The batch the timer started, while it runs (settleSyncSearchIndex waits for it). */
const running = new WeakMap<Store, Promise<void>>();

/** Re-indexes every card noted since the last time; a no-op when none is. */
export async function syncSearchIndex(store: Store): Promise<void> {
  const sqlite = store.adapter.dialect === 'sqlite';
  const pendingTable = sql.table(sqlite ? 'cards_search_pending' : 'card_search_pending');
  const noted = await sql`select 1 from ${pendingTable} limit 1`.execute(store.db);
  if (noted.rows.length === 0) return;
  if (!sqlite) {
    // Processes re-index one at a time (a named lock, not the movers'): a search waiting here
    // then sees what the batch before it indexed. Text the index holds already is not rewritten.
    await writeTransaction(
      store,
      (trx) =>
        sql`with noted as (delete from card_search_pending returning card_id)
          insert into card_search (card_id, text)
          select c.id, card_search_text(c.title, c.fields)
          from cards as c join noted on noted.card_id = c.id
          on conflict (card_id) do update set text = excluded.text
          where card_search.text is distinct from excluded.text`.execute(trx),
      { locks: ['search-index'] },
    );
    return;
  }
  await writeTransaction(store, async (trx) => {
    // A card whose searched text is what the index holds (a number rewritten as itself, a key
    // added without a value) keeps its entry.
    await sql`delete from cards_search_pending where card_rowid in (
      select p.card_rowid from cards_search_pending as p
      join cards_search_source as s on s.card_rowid = p.card_rowid
      join cards_search as f on f.rowid = p.card_rowid
      where f.text = s.text)`.execute(trx);
    await sql`delete from cards_search
      where rowid in (select card_rowid from cards_search_pending)`.execute(trx);
    await sql`insert into cards_search (rowid, text)
      select card_rowid, text from cards_search_source
      where card_rowid in (select card_rowid from cards_search_pending)`.execute(trx);
    await sql`delete from cards_search_pending`.execute(trx);
  });
}

/** After a commit: re-index in a moment, once for every commit of the next GATHER_MS. */
export function syncSearchIndexSoon(store: Store): void {
  if (soon.has(store)) return;
  const timer = setTimeout(() => {
    soon.delete(store);
    const batch = syncSearchIndex(store)
      .catch((err: unknown) => {
        // The next commit or search tries again; nothing noted is lost.
        console.error('search index: re-indexing changed cards failed', err);
      })
      .finally(() => {
        if (running.get(store) === batch) running.delete(store);
      });
    running.set(store, batch);
  }, GATHER_MS);
  timer.unref();
  soon.set(store, timer);
}

/**
 * The store is closing: drop a re-indexing still waiting to start (the notes stay for next time)
 * and let one already under way finish, so it does not meet a closed connection.
 */
export async function settleSyncSearchIndex(store: Store): Promise<void> {
  const timer = soon.get(store);
  if (timer) clearTimeout(timer);
  soon.delete(store);
  await running.get(store);
}
