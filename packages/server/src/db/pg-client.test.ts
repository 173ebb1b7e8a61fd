// PostgreSQL: a write transaction's BEGIN waits for its first write, and the move statement for
// the next statement or COMMIT (pg-client.ts). Counted where it costs: socket writes to the
// database. What each transaction sees and writes must stay as it was.
import { Socket } from 'node:net';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openTempPostgres,
  PG_SKIP_TITLE,
  testDatabaseUrl,
  type TestStore,
} from '../../test/helpers/stores.ts';
import { installTicketWorkflow, insertUsers, manager, T0 } from '../../test/helpers/fixtures.ts';
import { createCard } from '../cards/card.service.ts';
import { applyTransition, transitionCard } from '../cards/transition.service.ts';
import { HttpProblem } from '../http/problem.ts';
import { openDatabase } from './database.ts';
import { writeTransaction } from './transaction.ts';

const url = testDatabaseUrl();

/** Socket writes to PostgreSQL while `fn` runs: each round trip starts with one. */
async function writesDuring(fn: () => Promise<unknown>): Promise<number> {
  const port = Number(new URL(url!).port || 5432);
  const proto = Socket.prototype as unknown as Record<
    '_write' | '_writev',
    (...a: unknown[]) => unknown
  >;
  const original = { _write: proto._write, _writev: proto._writev };
  let writes = 0;
  for (const key of ['_write', '_writev'] as const) {
    proto[key] = function (this: Socket, ...args: unknown[]) {
      if (this.remotePort === port) writes += 1;
      return original[key].apply(this, args);
    };
  }
  try {
    await fn();
  } finally {
    Object.assign(proto, original);
  }
  return writes;
}

describe.skipIf(!url)('PostgreSQL write transactions on the wire', () => {
  let t: TestStore & { schema: string };

  beforeEach(async () => {
    t = await openTempPostgres(url!, { poolMax: 2 });
    await installTicketWorkflow(t.store);
    await insertUsers(t.store);
  });
  afterEach(async () => {
    await t.dispose();
  });

  const newTicket = async () => {
    const created = await createCard(
      t.store,
      manager,
      { workflow: 'ticket', title: 'Broken pump', fields: { customer: 'Acme' } },
      { at: T0 },
    );
    return (created.body as { id: string }).id;
  };
  const move = (id: string, revision: number, options: Parameters<typeof transitionCard>[5]) =>
    transitionCard(t.store, manager, id, revision, { event: 'start' }, options);

  it('moves a card in two round trips: read the card, then the move alone as its transaction', async () => {
    const id = await newTicket();
    // Warm: the workflow's definition is cached and the statements are prepared.
    const warm = await newTicket();
    await move(warm, 1, { at: T0 });
    // Its change-feed flush runs 20 ms after its commit (change-outbox.ts): not part of the next.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const writes = await writesDuring(() => move(id, 1, { at: T0 }));
    expect(writes).toBe(2);
    const card = await t.store.db
      .selectFrom('cards')
      .select(['stage', 'revision'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(card).toEqual({ stage: 'doing', revision: 2 });
    const history = await t.store.db
      .selectFrom('card_history')
      .select(['revision', 'event'])
      .where('card_id', '=', id)
      .orderBy('revision')
      .execute();
    expect(history).toEqual([
      { revision: 1, event: null },
      { revision: 2, event: 'start' },
    ]);
  });

  it('sends neither BEGIN nor COMMIT for a transaction that only reads', async () => {
    const writes = await writesDuring(() =>
      writeTransaction(t.store, (trx) => sql`select count(*) from cards`.execute(trx)),
    );
    expect(writes).toBe(1);
  });

  it('refuses a move whose card another process moved after it was read, writing nothing of it', async () => {
    const id = await newTicket();
    const other = openDatabase({ url: url!, searchPath: t.schema, poolMax: 1 });
    try {
      const problem = await move(id, 1, {
        at: T0,
        idempotencyKey: 'key-1',
        // Between this move's read and its write, the card moves on elsewhere.
        before: async () => {
          await other.db
            .updateTable('cards')
            .set({ revision: 2, title: 'Moved elsewhere' })
            .where('id', '=', id)
            .execute();
        },
      }).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(problem).toBeInstanceOf(HttpProblem);
      expect((problem as HttpProblem).status).toBe(412);
    } finally {
      await other.close();
    }
    const card = await t.store.db
      .selectFrom('cards')
      .select(['stage', 'revision', 'title'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(card).toEqual({ stage: 'todo', revision: 2, title: 'Moved elsewhere' });
    const rows = async (table: 'card_history' | 'change_outbox' | 'idempotency_keys') =>
      Number(
        (
          await t.store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    // The creation's history row only; no idempotency record for the refused move.
    expect(await rows('card_history')).toBe(1);
    expect(await rows('idempotency_keys')).toBe(0);
  });

  it('rolls back the writes before a move that refuses in the same transaction', async () => {
    const id = await newTicket();
    const read = await t.store.db
      .selectFrom('cards')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await t.store.db.updateTable('cards').set({ revision: 5 }).where('id', '=', id).execute();
    const failed = await writeTransaction(t.store, async (trx) => {
      await trx.updateTable('cards').set({ title: 'Renamed first' }).where('id', '=', id).execute();
      // Stale: the card as read is at revision 1, the row at 5. The refusal surfaces at COMMIT.
      await applyTransition(t.store, trx, manager, read, { event: 'start' }, T0);
      return 'committed';
    }).catch((err: unknown) => err);
    expect(failed).toBeInstanceOf(HttpProblem);
    const card = await t.store.db
      .selectFrom('cards')
      .select(['title', 'stage', 'revision'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(card).toEqual({ title: 'Broken pump', stage: 'todo', revision: 5 });
  });
});

// Without a database to run on, say so once (as the other PostgreSQL-only suites do).
if (!url) {
  describe('PostgreSQL write transactions on the wire', () => {
    it.skip(PG_SKIP_TITLE, () => undefined);
  });
}
