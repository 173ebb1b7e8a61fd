import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { testApp } from '../../test/helpers/app.ts';
import { createApiToken } from '../auth/api-token.repository.ts';
import type { Actor } from '../cards/engine-ctx.ts';
import {
  admin,
  installTicketWorkflow,
  insertUsers,
  manager,
  viewer,
} from '../../test/helpers/fixtures.ts';

const DAY = 86_400_000;

eachStore('satisfaction surveys', (t) => {
  async function setup(options: { burst?: number } = {}) {
    await installTicketWorkflow(t.store);
    await insertUsers(t.store);
    let clock = Date.now();
    const app = testApp(t.store, {
      now: () => new Date(clock),
      surveyRateLimit: options.burst ? { burst: options.burst, perSecond: 0.001 } : undefined,
    });
    const tokens = new Map<string, string>();
    for (const actor of [admin, manager, viewer]) {
      tokens.set(actor.id, (await createApiToken(t.store, actor.id, 'tests', new Date())).token);
    }
    async function call(method: string, path: string, as?: Actor, body?: unknown, headers = {}) {
      const res = await app.request(path, {
        method,
        headers: {
          ...(as ? { authorization: `Bearer ${tokens.get(as.id)}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return {
        status: res.status,
        headers: res.headers,
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        json: (text ? JSON.parse(text) : null) as any,
      };
    }
    async function move(id: string, revision: number, event: string, fields?: object) {
      const as = event === 'approve' ? admin : manager;
      const res = await call(
        'POST',
        `/api/cards/${id}/transitions`,
        as,
        { event, fields },
        {
          'if-match': `"${revision}"`,
        },
      );
      expect(res.status).toBe(200);
    }
    /** A card taken to Done; returns its id and the token of the survey link. */
    async function closedCard(title = 'Broken pump') {
      const created = await call('POST', '/api/cards', manager, {
        workflow: 'ticket',
        title,
        fields: { customer: 'Acme' },
      });
      expect(created.status).toBe(201);
      const id = created.json.id as string;
      await move(id, 1, 'start');
      await move(id, 2, 'submit', { note: 'fixed' });
      await move(id, 3, 'approve');
      const survey = await call('GET', `/api/cards/${id}/survey`, manager);
      expect(survey.status).toBe(200);
      const link = survey.json.survey.link as string;
      expect(link).toMatch(/^\/survey\/[0-9a-f-]{36}\.\d+\.[\w-]{43}$/);
      return { id, token: link.slice('/survey/'.length) };
    }
    return { app, call, closedCard, tick: (ms: number) => (clock += ms) };
  }

  it('opens a survey when a card is closed, and the customer answers it without signing in', async () => {
    const { call, closedCard } = await setup();
    const { id, token } = await closedCard('노트북 수리');
    const page = await call('GET', `/api/surveys/${token}?lang=ko`);
    expect(page.status).toBe(200);
    expect(page.json).toMatchObject({
      title: '노트북 수리',
      workflow: 'Tickets',
      stage: 'Done',
      answer: null,
    });
    const answered = await call('POST', `/api/surveys/${token}/answer`, undefined, {
      score: 4,
      comment: '  빠르고 친절했습니다  ',
    });
    expect(answered.status).toBe(201);
    expect(answered.json).toMatchObject({ score: 4, comment: '빠르고 친절했습니다' });
    const onCard = await call('GET', `/api/cards/${id}/survey`, viewer);
    expect(onCard.json.survey).toMatchObject({
      link: null,
      answer: { score: 4, comment: '빠르고 친절했습니다' },
    });
    expect((await call('GET', `/api/surveys/${token}`)).json.answer.score).toBe(4);
  });

  it('opens no survey for a cancelled card', async () => {
    const { call } = await setup();
    const created = await call('POST', '/api/cards', manager, {
      workflow: 'ticket',
      title: 'Never mind',
      fields: { customer: 'Acme' },
    });
    const cancelled = await call(
      'POST',
      `/api/cards/${created.json.id}/transitions`,
      manager,
      { event: 'cancel' },
      { 'if-match': '"1"' },
    );
    expect(cancelled.status).toBe(200);
    expect((await call('GET', `/api/cards/${created.json.id}/survey`, manager)).json).toEqual({
      survey: null,
    });
  });

  it('refuses a second answer with 409', async () => {
    const { call, closedCard } = await setup();
    const { token } = await closedCard();
    expect(
      (await call('POST', `/api/surveys/${token}/answer`, undefined, { score: 5 })).status,
    ).toBe(201);
    const again = await call(
      'POST',
      `/api/surveys/${token}/answer`,
      undefined,
      { score: 1 },
      { 'accept-language': 'ko' },
    );
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    expect(again.json).toMatchObject({
      code: 'survey-answered',
      detail: '이미 응답한 설문입니다. 감사합니다!',
    });
  });

  it('refuses tampered, malformed and expired links with problems', async () => {
    const { call, closedCard, tick } = await setup();
    const { token } = await closedCard();
    const [id, expiry, signature] = token.split('.') as [string, string, string];
    const later = `${id}.${Number(expiry) + 86_400}.${signature}`;
    const tampered = await call('POST', `/api/surveys/${later}/answer`, undefined, { score: 5 });
    expect(tampered.status).toBe(404);
    expect(tampered.json.code).toBe('survey-not-found');
    const badSignature = `${id}.${expiry}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    expect((await call('GET', `/api/surveys/${badSignature}`)).status).toBe(404);
    const malformed = await call('GET', '/api/surveys/not-a-token');
    expect(malformed.status).toBe(400);
    expect(malformed.json.code).toBe('survey-link-malformed');
    tick(31 * DAY);
    const expired = await call('POST', `/api/surveys/${token}/answer`, undefined, { score: 5 });
    expect(expired.status).toBe(410);
    expect(expired.json.code).toBe('survey-expired');
  });

  it('keeps answers small: score 1–5 only, comment up to 2,000 characters, body up to 8 KiB', async () => {
    const { call, closedCard } = await setup();
    const { token } = await closedCard();
    const answer = (body: unknown) => call('POST', `/api/surveys/${token}/answer`, undefined, body);
    expect((await answer({ score: 6 })).status).toBe(400);
    expect((await answer({ score: 2.5 })).status).toBe(400);
    expect((await answer({ score: 3, extra: true })).status).toBe(400);
    expect((await answer({ score: 3, comment: 'x'.repeat(2_001) })).status).toBe(400);
    expect((await answer({ score: 3, comment: '가'.repeat(4_000) })).status).toBe(413);
    expect((await answer({ score: 3, comment: 'x'.repeat(2_000) })).status).toBe(201);
  });

  it('limits the public endpoints per client address (429 with Retry-After)', async () => {
    const { call, closedCard } = await setup({ burst: 3 });
    const { token } = await closedCard();
    for (let i = 0; i < 3; i++)
      expect((await call('GET', `/api/surveys/${token}`)).status).toBe(200);
    const limited = await call('GET', `/api/surveys/${token}`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('sums up a workflow: surveys sent, answers, average and distribution', async () => {
    const { call, closedCard } = await setup();
    const scores = [5, 4, 4, 2];
    for (const [index, score] of scores.entries()) {
      const { token } = await closedCard(`Card ${index}`);
      expect(
        (await call('POST', `/api/surveys/${token}/answer`, undefined, { score })).status,
      ).toBe(201);
    }
    await closedCard('Not answered yet');
    const summary = await call('GET', '/api/workflows/ticket/satisfaction', viewer);
    expect(summary.status).toBe(200);
    expect(summary.json).toEqual({
      workflow: 'ticket',
      sent: 5,
      count: 4,
      average: 3.75,
      distribution: { 1: 0, 2: 1, 3: 0, 4: 2, 5: 1 },
    });
    expect((await call('GET', '/api/workflows/nope/satisfaction', viewer)).status).toBe(404);
    expect((await call('GET', '/api/workflows/ticket/satisfaction')).status).toBe(401);
  });
});
