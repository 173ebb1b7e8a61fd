// SQLite's search index (migration 1900): rewritten only when a card's searched text changes,
// and a word found through its trigrams only where they stand together.
import { sql } from 'kysely';
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
    expect(await indexRows()).toBe(before);
    expect(await search('acme')).toEqual([id]);

    await setFields(id, '$.note', 'Descaled the boiler');
    expect(await indexRows()).not.toBe(before);
    expect(await search('descaled')).toEqual([id]);
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
