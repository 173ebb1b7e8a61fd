// SQLite's search index (migrations 1900, 2100): kept in batches after commits and before every
// search, rewritten only when a card's searched text changes, and a word found through its
// trigrams only where they stand together.
import { sql } from 'kysely';
import * as searchIndexBatched from './migrations/2026_12_01_2100_search_index_batched.ts';
import { syncSearchIndex } from './search-index.ts';
import { transitionCard } from '../cards/transition.service.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempSqlite, type TestStore } from '../../test/helpers/stores.ts';
import { installTicketWorkflow, manager, T0 } from '../../test/helpers/fixtures.ts';
import { createCard, listCards } from '../cards/card.service.ts';

let t: TestStore;
beforeEach(async () => {
  t = await openTempSqlite();
  await installTicketWorkflow(t.store);
});
afterEach(() => t.dispose());

async function newTicket(title: string): Promise<string> {
  const created = await createCard(
    t.store,
    manager,
    { workflow: 'ticket', title, fields: { customer: 'Acme' } },
    { at: T0 },
  );
  return (created.body as { id: string }).id;
}

const search = async (q: string) =>
  (await listCards(t.store, { q, limit: 10, now: T0 })).cards.map((c) => c.id);

/** The FTS5 index's own rows: a rewrite of a card's entry adds a segment. */
const indexRows = async () =>
  (
    await sql<{ ids: string }>`select group_concat(id) as ids from cards_search_data`.execute(
      t.store.db,
    )
  ).rows[0]!.ids;

const setFields = (id: string, path: string, value: string | null) =>
  sql`update cards set fields = json_set(fields, ${path}, ${value}) where id = ${id}`.execute(
    t.store.db,
  );

describe('the SQLite search index', () => {
  it('is rewritten when the searched text changes, and left alone when only the JSON does', async () => {
    const id = await newTicket('Broken pump');
    const before = await indexRows();
    await setFields(id, '$.amount', null); // a new key without a value: the same words
    expect(await search('acme')).toEqual([id]);
    expect(await indexRows()).toBe(before);

    await setFields(id, '$.note', 'Descaled the boiler');
    expect(await search('descaled')).toEqual([id]);
    expect(await indexRows()).not.toBe(before);
    await sql`update cards set title = 'Leaking valve' where id = ${id}`.execute(t.store.db);
    expect(await search('leaking')).toEqual([id]);
    expect(await search('pump')).toEqual([]);
  });

  it('finds a word only where its trigrams stand together', async () => {
    const apart = await newTicket('xabc ybcd'); // abc and bcd, but not abcd
    const together = await newTicket('zabcdz');
    expect(await search('abcd')).toEqual([together]);
    expect(await search('abc')).toEqual(expect.arrayContaining([apart, together]));
  });

  it('leaves the index alone during a move, and a search right after it finds the new text', async () => {
    const id = await newTicket('Broken pump');
    await syncSearchIndex(t.store);
    const before = await indexRows();
    const moved = await transitionCard(
      t.store,
      manager,
      id,
      1,
      { event: 'start', fields: { note: 'Ordered gasket' } },
      { at: T0 },
    );
    expect(moved.status).toBe(200);
    expect(await indexRows()).toBe(before);
    expect(await search('gasket')).toEqual([id]);
    expect(await indexRows()).not.toBe(before);
  });

  it('re-indexes changed cards shortly after their commit, without waiting for a search', async () => {
    const id = await newTicket('Broken pump');
    await syncSearchIndex(t.store);
    const before = await indexRows();
    await transitionCard(
      t.store,
      manager,
      id,
      1,
      { event: 'start', fields: { note: 'Ordered gasket' } },
      { at: T0 },
    );
    const until = Date.now() + 2000;
    while ((await indexRows()) === before && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await indexRows()).not.toBe(before);
    const pending = await sql`select count(*) as n from cards_search_pending`.execute(t.store.db);
    expect(pending.rows).toEqual([{ n: 0 }]);
  });

  it('rolls back to re-indexing in the move itself, taking what was noted into the index first', async () => {
    const id = await newTicket('Broken pump');
    await setFields(id, '$.note', 'Descaled the boiler');
    await searchIndexBatched.down(t.store.db);
    const found = await sql<{ rowid: number }>`select rowid from cards_search
      where text like '%descaled%'`.execute(t.store.db);
    expect(found.rows).toHaveLength(1);
    await searchIndexBatched.up(t.store.db);
    await setFields(id, '$.note', 'Replaced the seal');
    expect(await search('seal')).toEqual([id]);
  });
});
