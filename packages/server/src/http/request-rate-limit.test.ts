// Issue 8: there was no general rate limit.
import { expect, it } from 'vitest';
import { addUser, send, signIn, testApp } from '../../test/helpers/app.ts';
import { eachStore } from '../../test/helpers/stores.ts';

eachStore('general rate limit', (t) => {
  it('answers 429 problem+json with Retry-After past a signed-in user’s burst', async () => {
    const app = testApp(t.store, { requestRateLimit: { burst: 5, perSecond: 0.1 } });
    const caller = await signIn(app, await addUser(t.store, 'viewer'));
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await send(app, 'GET', '/api/me', { as: caller })).status);
    // The sign-in was the first request of the anonymous bucket, not this user's.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const refused = await send(app, 'GET', '/api/me', { as: caller });
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(refused.headers.get('retry-after')).toBe('10');
    expect(refused.json).toMatchObject({ status: 429, code: 'too-many-requests', retryAfter: 10 });
    // Someone else is not slowed down by it.
    const other = await signIn(app, await addUser(t.store, 'viewer'));
    expect((await send(app, 'GET', '/api/me', { as: other })).status).toBe(200);
  });

  it('limits anonymous requests by client address, and never /healthz', async () => {
    const app = testApp(t.store, { requestRateLimit: { burst: 2, perSecond: 0.1 } });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await send(app, 'GET', '/api/me')).status);
    expect(statuses).toEqual([401, 401, 429]);
    expect((await send(app, 'GET', '/healthz')).status).toBe(200);
  });

  it('is off when the deployment says so', async () => {
    const app = testApp(t.store, { requestRateLimit: false });
    for (let i = 0; i < 20; i++) expect((await send(app, 'GET', '/api/me')).status).toBe(401);
  });
});
