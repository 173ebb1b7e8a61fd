import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import {
  findIdempotencyRecord,
  insertIdempotencyRecord,
  pruneIdempotencyRecords,
} from './idempotency.repository.ts';
import { addUser } from '../../test/helpers/app.ts';

eachStore('idempotency key expiry', (t) => {
  it('forgets keys older than the cut-off and keeps newer ones', async () => {
    const user = await addUser(t.store, 'manager');
    const response = { status: 200, body: { ok: true } };
    await insertIdempotencyRecord(t.store.db, {
      userId: user.id,
      key: 'old',
      requestHash: 'h',
      response,
      at: '2025-01-01T00:00:00.000Z',
    });
    await insertIdempotencyRecord(t.store.db, {
      userId: user.id,
      key: 'new',
      requestHash: 'h',
      response,
      at: '2025-01-03T00:00:00.000Z',
    });
    expect(await pruneIdempotencyRecords(t.store.db, '2025-01-02T00:00:00.000Z')).toBe(1);
    expect(await findIdempotencyRecord(t.store.db, user.id, 'old')).toBeUndefined();
    expect(await findIdempotencyRecord(t.store.db, user.id, 'new')).toBeDefined();
  });
});
