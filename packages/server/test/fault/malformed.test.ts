// The malformed-input corpus: each request gets a 4xx problem+json with a readable detail, and
// afterwards every table holds exactly the rows it held before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase, type Dump } from './support/db-dump.ts';
import { FAULT_DIALECTS, openFaultApp, request, type FaultApp } from './support/fault-app.ts';
import { malformedCorpus, type CorpusTarget, type MalformedRequest } from './malformed/index.ts';

describe.each(FAULT_DIALECTS)('malformed input corpus [$dialect]', ({ dialect, skip }) => {
  if (skip) {
    it.skip(skip, () => undefined);
    return;
  }
  let f: FaultApp;
  let target: CorpusTarget;
  let before: Dump;

  beforeAll(async () => {
    f = await openFaultApp(dialect);
    const manager = f.users.manager.caller;
    const created = await request(f.app, 'POST', '/api/cards', {
      caller: manager,
      json: {
        workflow: 'deal',
        title: 'Nordwind service contract',
        fields: { customer: 'Nordwind' },
      },
    });
    const id = (created.json as { id: string }).id;
    const moved = await request(f.app, 'POST', `/api/cards/${id}/transitions`, {
      caller: manager,
      headers: { 'if-match': '"1"', 'idempotency-key': 'corpus-used-key' },
      json: { event: 'qualify' },
    });
    expect(moved.status, moved.text).toBe(200);
    target = { dealId: id, dealRevision: 2, usedKey: 'corpus-used-key' };
    before = await dumpDatabase(f.store);
  });
  afterAll(async () => f?.dispose());

  async function send(r: MalformedRequest) {
    const caller = r.as === 'anonymous' ? undefined : f.users[r.as].caller;
    const body = typeof r.raw === 'function' ? r.raw() : r.raw;
    return request(f.app, r.method, r.path, { caller, headers: r.headers, body, json: r.json });
  }

  const corpus = malformedCorpus({ dealId: ':deal', dealRevision: 2, usedKey: 'corpus-used-key' });
  it(`holds ${corpus.length} requests`, () => expect(corpus.length).toBeGreaterThan(100));

  it.each(corpus.map((r, i) => [r.name, i] as const))(
    'refuses %s with a 4xx problem and changes nothing',
    async (_name, index) => {
      const r = malformedCorpus(target)[index]!;
      const res = await send(r);
      const context = `${r.method} ${r.path.slice(0, 80)} → ${res.status} ${res.text.slice(0, 300)}`;
      if (r.status !== undefined) expect(res.status, context).toBe(r.status);
      expect(res.status, context).toBeGreaterThanOrEqual(400);
      expect(res.status, context).toBeLessThan(500);
      expect(res.headers.get('content-type'), context).toMatch(/^application\/problem\+json/);
      const problem = res.json as {
        status?: number;
        detail?: string;
        title?: string;
        type?: string;
      };
      expect(problem.status, context).toBe(res.status);
      expect(problem.detail, context).toMatch(/\w{3,}/);
      expect(await dumpDatabase(f.store), context).toEqual(before);
    },
  );
});
