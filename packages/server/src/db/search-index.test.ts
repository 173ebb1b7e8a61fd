// The search index kept in batches (migrations 2100, 2110; search-index.ts): a move leaves it
// alone, a search right after still finds the new text, and the batch runs soon without one.
// SQLite's (migration 1900): rewritten only when a card's searched text changes, and a word found
// through its trigrams only where they stand together.
import { sql } from 'kysely';
import * as searchIndexBatched from './migrations/2026_12_01_2100_search_index_batched.ts';
import { transitionCard } from '../cards/transition.service.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eachStore, openTempSqlite, type TestStore } from '../../test/helpers/stores.ts';
import type { Store } from './database.ts';
import { writeTransaction } from './transaction.ts';
import * as pgSearchBatched from './migrations/2026_12_01_2110_pg_search_batched.ts';
import { installTicketWorkflow, manager, T0 } from '../../test/helpers/fixtures.ts';
import { createCard, listCards } from '../cards/card.service.ts';

let t: TestStore;

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
  beforeEach(async () => {
    t = await openTempSqlite();
    await installTicketWorkflow(t.store);
  });
  afterEach(() => t.dispose());

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
});

/** The text the search index holds for a card (undefined: none). */
async function indexedText(store: Store, id: string): Promise<string | undefined> {
  const rows =
    store.adapter.dialect === 'sqlite'
      ? await sql<{ text: string }>`select s.text from cards_search as s
          join cards as c on c.rowid = s.rowid where c.id = ${id}`.execute(store.db)
      : await sql<{ text: string }>`select text from card_search
          where card_id = ${id}`.execute(store.db);
  return rows.rows[0]?.text;
}

eachStore('the search index, kept in batches', (t) => {
  beforeEach(() => installTicketWorkflow(t.store));

  async function startWithNote(note: string): Promise<string> {
    const created = await createCard(
      t.store,
      manager,
      { workflow: 'ticket', title: 'Broken pump', fields: { customer: 'Acme' } },
      { at: T0 },
    );
    const id = (created.body as { id: string }).id;
    const moved = await transitionCard(
      t.store,
      manager,
      id,
      1,
      { event: 'start', fields: { note } },
      { at: T0 },
    );
    expect(moved.status).toBe(200);
    return id;
  }
  const found = async (q: string) =>
    (await listCards(t.store, { q, limit: 10, now: T0 })).cards.map((c) => c.id);

  it('leaves the index alone during a move, and a search right after it finds the new text', async () => {
    const id = await startWithNote('Ordered gasket');
    expect(await indexedText(t.store, id)).not.toContain('gasket');
    expect(await found('gasket')).toEqual([id]);
    expect(await indexedText(t.store, id)).toContain('ordered gasket');
  });

  it('re-indexes changed cards shortly after their commit, without waiting for a search', async () => {
    const id = await startWithNote('Ordered gasket');
    const until = Date.now() + 3000;
    while (!(await indexedText(t.store, id))?.includes('gasket') && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await indexedText(t.store, id)).toContain('ordered gasket');
  });

  it('lets a batch already running finish before the store closes, with nothing logged', async () => {
    await startWithNote('Ordered gasket');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // A writer holds the batch's lock (SQLite: the one connection) while the batch's timer
      // fires, so the batch is under way when the store closes, as at a shutdown under load.
      let release!: () => void;
      let holding!: () => void;
      const held = new Promise<void>((resolve) => (holding = resolve));
      const blocker = writeTransaction(
        t.store,
        async () => {
          holding();
          await new Promise<void>((resolve) => (release = resolve));
        },
        { locks: ['search-index'] },
      );
      await held;
      await new Promise((r) => setTimeout(r, 250));
      const closed = t.store.close();
      release();
      await blocker;
      await closed;
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('goes back to indexing in the move itself, taking what was noted into the index first', async () => {
    const id = await startWithNote('Ordered gasket');
    const batched = t.dialect === 'sqlite' ? searchIndexBatched : pgSearchBatched;
    await batched.down(t.store.db);
    expect(await indexedText(t.store, id)).toContain('ordered gasket');
    await sql`update cards set title = 'Leaking valve' where id = ${id}`.execute(t.store.db);
    expect(await indexedText(t.store, id)).toContain('leaking valve');
    await batched.up(t.store.db);
    await sql`update cards set title = 'Worn seal' where id = ${id}`.execute(t.store.db);
    expect(await found('seal')).toEqual([id]);
  });
});
