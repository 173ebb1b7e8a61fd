import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { enqueue, pruneOutbox } from './outbox.repository.ts';

eachStore('outbox pruning', (t) => {
  it('forgets old sent and old given-up rows, keeps pending and recent ones', async () => {
    const db = t.store.db;
    const rows = {
      oldSent: await enqueue(db, 'email', {}, '2026-11-01T00:00:00.000Z'),
      newSent: await enqueue(db, 'email', {}, '2026-11-01T00:00:00.000Z'),
      oldDead: await enqueue(db, 'webhook', {}, '2026-10-01T00:00:00.000Z'),
      newDead: await enqueue(db, 'webhook', {}, '2026-11-20T00:00:00.000Z'),
      oldPending: await enqueue(db, 'email', {}, '2026-10-01T00:00:00.000Z'),
    };
    const set = (id: string, status: 'sent' | 'dead', sentAt: string | null = null) =>
      db.updateTable('outbox').set({ status, sent_at: sentAt }).where('id', '=', id).execute();
    await set(rows.oldSent, 'sent', '2026-11-02T00:00:00.000Z');
    await set(rows.newSent, 'sent', '2026-11-28T00:00:00.000Z');
    await set(rows.oldDead, 'dead');
    await set(rows.newDead, 'dead');
    const removed = await pruneOutbox(db, {
      sentBefore: '2026-11-24T00:00:00.000Z',
      deadBefore: '2026-11-01T00:00:00.000Z',
    });
    expect(removed).toBe(2);
    const left = await db.selectFrom('outbox').select('id').execute();
    expect(left.map((r) => r.id).sort()).toEqual(
      [rows.newSent, rows.newDead, rows.oldPending].sort(),
    );
  });
});
