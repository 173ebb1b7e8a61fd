// SQLite's search index is kept in batches (migration 2100): a change to a card's title or
// fields only notes the card in `cards_search_pending`, and this re-indexes every noted card in
// one transaction — shortly after commits, and always before a search reads the index, so a
// search sees every change committed before it. One FTS5 write per batch instead of one per
// move. PostgreSQL keeps its search table in step by trigger: nothing to do there.
import { sql } from 'kysely';
import type { Store } from './database.ts';
import { writeTransaction } from './transaction.ts';

/** How long the re-indexing after a commit waits to gather the commits that follow it. */
const GATHER_MS = 100;

const soon = new WeakMap<Store, NodeJS.Timeout>();

/** Re-indexes every card noted since the last time; a no-op when none is (and on PostgreSQL). */
export async function syncSearchIndex(store: Store): Promise<void> {
  if (!store.adapter.batchedSearchIndex) return;
  const noted = await sql`select 1 from cards_search_pending limit 1`.execute(store.db);
  if (noted.rows.length === 0) return;
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
  if (!store.adapter.batchedSearchIndex || soon.has(store)) return;
  const timer = setTimeout(() => {
    soon.delete(store);
    syncSearchIndex(store).catch((err: unknown) => {
      // The next commit or search tries again; nothing noted is lost.
      console.error('search index: re-indexing changed cards failed', err);
    });
  }, GATHER_MS);
  timer.unref();
  soon.set(store, timer);
}

/** The store is closing: drop a re-indexing still waiting to start (the notes stay for next time). */
export function cancelSyncSearchIndexSoon(store: Store): void {
  const timer = soon.get(store);
  if (timer) clearTimeout(timer);
  soon.delete(store);
}
