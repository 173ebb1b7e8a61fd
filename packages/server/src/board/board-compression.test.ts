import { gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { authHeaders, domainTestApp } from '../../test/helpers/domain-app.ts';
import { installTicketWorkflow, manager, viewer } from '../../test/helpers/fixtures.ts';

eachStore('board compression', (t) => {
  it('gzips a large board for clients that accept it, and the JSON survives', async () => {
    await installTicketWorkflow(t.store);
    const app = await domainTestApp(t.store);
    for (let i = 0; i < 30; i++) {
      await app.request('/api/cards', {
        method: 'POST',
        headers: { ...authHeaders(app, manager), 'content-type': 'application/json' },
        body: JSON.stringify({
          workflow: 'ticket',
          title: `Card ${i}`,
          fields: { customer: `Customer ${i}` },
        }),
      });
    }
    const res = await app.request('/api/board/ticket', {
      headers: { ...authHeaders(app, viewer), 'accept-encoding': 'gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const board = JSON.parse(gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8'));
    expect(board.columns[0].count).toBe(30);
  });
});
