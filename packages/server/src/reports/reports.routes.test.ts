// Reports over a history built by hand: five tickets moved at known instants, so every number
// below is worked out on paper (see the timeline) and must come out the same on both databases.
import { expect, it } from 'vitest';
import { REPORT_BODIES } from '@stageflow/api';
import { eachStore } from '../../test/helpers/stores.ts';
import { authHeaders, domainTestApp } from '../../test/helpers/domain-app.ts';
import { admin, manager, ticketWorkflow, viewer } from '../../test/helpers/fixtures.ts';
import type { Actor } from '../cards/engine-ctx.ts';
import { createWorkflow } from '../workflows/workflow.service.ts';

const H = 3_600_000;
const at = (day: number, hh: number, mm = 0) =>
  `2026-03-0${day}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00.000Z`;

/**
 * Tickets with a two-day whole-lifecycle SLA (wall clock). Timeline, all UTC, March 2026:
 * A: created 2nd 09:00, doing 2nd 12:00, review 3rd 12:00, done 4th 10:00  → lead 49 h, cycle 46 h
 * B: created 2nd 10:00, doing 3rd 10:00, review 3rd 16:00, done 4th 08:00  → lead 46 h, cycle 22 h
 * C: created 3rd 09:00, doing 3rd 09:30, review 5th 09:30, done 6th 09:00  → lead 72 h, cycle 71.5 h
 * D: created 3rd 11:00, cancelled 4th 11:00
 * E: created 4th 09:00 (assigned to Max), doing 4th 10:00, still there
 * Reports are read on the 7th at 12:00.
 */
eachStore('reports', (t) => {
  async function setup() {
    await createWorkflow(
      t.store,
      {
        ...ticketWorkflow,
        slaPolicy: {
          targets: [{ key: 'resolve', label: 'Resolve', within: { amount: 2, unit: 'days' } }],
        },
      },
      admin,
      '2026-03-01T00:00:00.000Z',
    );
    let clock = at(2, 0);
    const app = await domainTestApp(t.store, {
      deps: { now: () => new Date(clock) },
    });
    async function call(path: string, as: Actor = viewer, init: RequestInit = {}) {
      const res = await app.request(path, {
        ...init,
        headers: { ...authHeaders(app, as), ...(init.headers as Record<string, string>) },
      });
      return res;
    }
    async function send(path: string, as: Actor, body: unknown, headers = {}) {
      const res = await call(path, as, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
      expect(res.status, await res.clone().text()).toBeLessThan(300);
      return (await res.json()) as { id: string; revision: number };
    }
    const revisions = new Map<string, number>();
    async function create(when: string, title: string, amount: number, assignee?: string) {
      clock = when;
      const card = await send('/api/cards', manager, {
        workflow: 'ticket',
        title,
        fields: { customer: 'Acme', amount },
        ...(assignee ? { assignee } : {}),
      });
      revisions.set(card.id, card.revision);
      return card.id;
    }
    async function move(when: string, id: string, event: string, fields?: object) {
      clock = when;
      const card = await send(
        `/api/cards/${id}/transitions`,
        event === 'approve' ? admin : manager,
        { event, fields },
        { 'if-match': `"${revisions.get(id)}"` },
      );
      revisions.set(id, card.revision);
    }
    const a = await create(at(2, 9), 'Pump A', 100);
    const b = await create(at(2, 10), 'Pump B', 250);
    await move(at(2, 12), a, 'start');
    const c = await create(at(3, 9), '=Pump C', 1000);
    await move(at(3, 9, 30), c, 'start');
    await move(at(3, 10), b, 'start');
    const d = await create(at(3, 11), 'Pump D', 40);
    await move(at(3, 12), a, 'submit', { note: 'ok' });
    await move(at(3, 16), b, 'submit', { note: 'ok' });
    await move(at(4, 8), b, 'approve');
    const e = await create(at(4, 9), 'Pump E', 1200, manager.id);
    await move(at(4, 10), a, 'approve');
    await move(at(4, 10), e, 'start');
    await move(at(4, 11), d, 'cancel');
    await move(at(5, 9, 30), c, 'submit', { note: 'ok' });
    await move(at(6, 9), c, 'approve');

    // Two of the three surveys are answered: 5 on the 5th, 2 on the 6th.
    for (const [id, score, when] of [
      [a, 5, at(5, 8)],
      [c, 2, at(6, 18)],
    ] as const) {
      const survey = await call(`/api/cards/${id}/survey`, manager);
      const { link } = ((await survey.json()) as { survey: { link: string } }).survey;
      clock = when;
      const res = await app.request(`/api${link.replace('/survey/', '/surveys/')}/answer`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ score }),
      });
      expect(res.status).toBe(201);
    }
    clock = at(7, 12);
    async function report(name: keyof typeof REPORT_BODIES, query: Record<string, string> = {}) {
      const params = new URLSearchParams({
        workflow: 'ticket',
        from: '2026-03-02',
        to: '2026-03-06',
        ...query,
      });
      const res = await call(`/api/reports/${name}?${params}`);
      const json = (await res.json()) as Record<string, unknown>;
      expect(res.status, JSON.stringify(json)).toBe(200);
      expect(REPORT_BODIES[name].safeParse(json).error?.issues).toBeUndefined();
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return json as any;
    }
    return { app, call, report, ids: { a, b, c, d, e } };
  }

  it('measures lead and cycle time of the cards finished in the range, with nearest-rank percentiles', async () => {
    const { report } = await setup();
    const lead = await report('lead-time');
    expect(lead).toMatchObject({
      count: 3,
      p50Ms: 49 * H,
      p85Ms: 72 * H,
      p95Ms: 72 * H,
      meanMs: Math.round(((46 + 49 + 72) * H) / 3),
      maxMs: 72 * H,
      from: '2026-03-02',
      to: '2026-03-06',
      assignee: null,
    });
    expect(lead.buckets.filter((b: { count: number }) => b.count > 0)).toEqual([
      { fromDays: 1, toDays: 2, count: 1 },
      { fromDays: 2, toDays: 3, count: 1 },
      { fromDays: 3, toDays: 5, count: 1 },
    ]);
    const cycle = await report('cycle-time');
    expect(cycle).toMatchObject({ count: 3, p50Ms: 46 * H, p85Ms: 71.5 * H, maxMs: 71.5 * H });
    // Only what finished on the 4th: A and B.
    const fourth = await report('lead-time', { from: '2026-03-04', to: '2026-03-04' });
    expect(fourth).toMatchObject({ count: 2, p50Ms: 46 * H, p95Ms: 49 * H });
  });

  it('counts throughput per day and the cards in each stage at the end of each day', async () => {
    const { report } = await setup();
    const throughput = await report('throughput');
    expect(throughput.done).toBe(3);
    expect(throughput.cancelled).toBe(1);
    expect(throughput.days).toEqual([
      { day: '2026-03-02', done: 0, cancelled: 0 },
      { day: '2026-03-03', done: 0, cancelled: 0 },
      { day: '2026-03-04', done: 2, cancelled: 1 },
      { day: '2026-03-05', done: 0, cancelled: 0 },
      { day: '2026-03-06', done: 1, cancelled: 0 },
    ]);
    const cfd = await report('cfd');
    expect(cfd.stages.map((s: { key: string }) => s.key)).toEqual([
      'todo',
      'doing',
      'review',
      'done',
      'cancelled',
    ]);
    const row = (todo: number, doing: number, review: number, done: number, cancelled: number) => ({
      todo,
      doing,
      review,
      done,
      cancelled,
    });
    expect(cfd.days).toEqual([
      { day: '2026-03-02', counts: row(1, 1, 0, 0, 0) },
      { day: '2026-03-03', counts: row(1, 1, 2, 0, 0) },
      { day: '2026-03-04', counts: row(0, 2, 0, 2, 1) },
      { day: '2026-03-05', counts: row(0, 1, 1, 2, 1) },
      { day: '2026-03-06', counts: row(0, 1, 0, 3, 1) },
    ]);
    // A range that ends before today walks back over the later moves.
    const early = await report('cfd', { from: '2026-03-01', to: '2026-03-03' });
    expect(early.days).toEqual([
      { day: '2026-03-01', counts: row(0, 0, 0, 0, 0) },
      { day: '2026-03-02', counts: row(1, 1, 0, 0, 0) },
      { day: '2026-03-03', counts: row(1, 1, 2, 0, 0) },
    ]);
  });

  it('rates SLA breaches with the engine, and reads satisfaction, aging, pipeline and workload', async () => {
    const { report, ids } = await setup();
    const sla = await report('sla');
    // A (49 h) and C (72 h) ran past two days; B (46 h) and D (24 h, cancelled) did not.
    expect(sla).toMatchObject({ hasPolicy: true, finished: 4, breached: 2, breachRate: 0.5 });
    expect(sla.targets).toEqual([{ key: 'resolve', label: 'Resolve', measured: 4, breached: 2 }]);
    expect(sla.days[2]).toEqual({ day: '2026-03-04', finished: 3, breached: 1 });
    expect(sla.days[4]).toEqual({ day: '2026-03-06', finished: 1, breached: 1 });

    const csat = await report('csat');
    expect(csat).toMatchObject({
      sent: 3,
      answered: 2,
      average: 3.5,
      distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 1 },
    });
    expect(csat.days[3]).toEqual({ day: '2026-03-05', answered: 1, average: 5 });

    const aging = await report('aging');
    expect(aging.count).toBe(1);
    expect(aging.oldest).toEqual([
      {
        id: ids.e,
        title: 'Pump E',
        stage: 'doing',
        assignee: manager.id,
        ageMs: 75 * H,
        inStageMs: 74 * H,
      },
    ]);
    expect(aging.stages.find((s: { key: string }) => s.key === 'doing')).toMatchObject({
      count: 1,
      p50Ms: 75 * H,
    });

    const pipeline = await report('pipeline');
    expect(pipeline).toMatchObject({
      field: { key: 'amount', currency: 'EUR' },
      count: 1,
      amount: 1200,
      won: { count: 3, amount: 1350 },
    });

    // E is due a day after it entered Doing (the stage's own SLA): overdue since the 5th.
    const workload = await report('workload');
    expect(workload.people).toEqual([
      { assignee: manager.id, name: 'Max Manager', open: 0, active: 1, overdue: 1, finished: 0 },
      { assignee: null, name: null, open: 0, active: 0, overdue: 0, finished: 3 },
    ]);
  });

  it('filters by assignee', async () => {
    const { report } = await setup();
    expect((await report('lead-time', { assignee: manager.id })).count).toBe(0);
    expect((await report('lead-time', { assignee: 'none' })).count).toBe(3);
    const cfd = await report('cfd', { assignee: manager.id });
    expect(cfd.days.map((d: { counts: { doing: number } }) => d.counts.doing)).toEqual([
      0, 0, 1, 1, 1,
    ]);
    expect((await report('aging', { assignee: 'none' })).count).toBe(0);
    expect(await report('csat', { assignee: 'none' })).toMatchObject({ sent: 3, answered: 2 });
    expect(await report('csat', { assignee: manager.id })).toMatchObject({ sent: 0, answered: 0 });
  });

  it('exports CSV with format=csv or Accept: text/csv, formulas defused', async () => {
    const { call, ids } = await setup();
    const res = await call(
      '/api/reports/lead-time?workflow=ticket&from=2026-03-02&to=2026-03-06&format=csv',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="lead-time-ticket-2026-03-02-2026-03-06.csv"',
    );
    expect(await res.text()).toBe(
      [
        'card_id,title,stage,assignee_id,start,finished,days',
        `${ids.b},Pump B,Done,,${at(2, 10)},${at(4, 8)},1.92`,
        `${ids.a},Pump A,Done,,${at(2, 9)},${at(4, 10)},2.04`,
        `${ids.c},'=Pump C,Done,,${at(3, 9)},${at(6, 9)},3`,
        '',
      ].join('\n'),
    );
    const cfd = await call(
      '/api/reports/cfd?workflow=ticket&from=2026-03-03&to=2026-03-04',
      viewer,
      {
        headers: { accept: 'text/csv' },
      },
    );
    expect(await cfd.text()).toBe(
      'day,To do,Doing,Review,Done,Cancelled\n2026-03-03,1,1,2,0,0\n2026-03-04,0,2,0,2,1\n',
    );
  });

  it('refuses bad parameters with a problem naming them', async () => {
    const { call } = await setup();
    const problem = async (path: string) => {
      const res = await call(path);
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        json: (await res.json()) as { field?: string; code: string; detail: string },
      };
    };
    const reversed = await problem(
      '/api/reports/throughput?workflow=ticket&from=2026-03-06&to=2026-03-02',
    );
    expect(reversed).toMatchObject({
      status: 400,
      type: 'application/problem+json',
      json: { field: 'from' },
    });
    expect(reversed.json.detail).toContain('2026-03-06');
    expect((await problem('/api/reports/cfd?workflow=ticket&from=2026-13-01')).json.field).toBe(
      'from',
    );
    expect((await problem('/api/reports/cfd?workflow=ticket&to=yesterday')).json.field).toBe('to');
    expect((await problem('/api/reports/cfd?from=2026-03-01')).json.field).toBe('workflow');
    expect((await problem('/api/reports/cfd?workflow=ticket&format=xlsx')).json.field).toBe(
      'format',
    );
    expect((await problem('/api/reports/cfd?workflow=ticket&colour=red')).json.field).toBe(
      'colour',
    );
    expect(
      (await problem('/api/reports/cfd?workflow=ticket&from=2020-01-01&to=2026-01-01')).json.field,
    ).toBe('from');
    const missing = await problem('/api/reports/cfd?workflow=nope');
    expect(missing).toMatchObject({ status: 404, json: { code: 'workflow-not-found' } });
    const anonymous = await (
      await import('../../test/helpers/app.ts')
    )
      .testApp(t.store)
      .request('/api/reports/cfd?workflow=ticket');
    expect(anonymous.status).toBe(401);
  });

  it('defaults to the 30 days up to today', async () => {
    const { call } = await setup();
    const res = await call('/api/reports/throughput?workflow=ticket');
    const body = (await res.json()) as { from: string; to: string; days: unknown[]; done: number };
    expect(body).toMatchObject({ from: '2026-02-06', to: '2026-03-07', done: 3 });
    expect(body.days).toHaveLength(30);
  });
});
