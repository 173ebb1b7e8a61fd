import { CardHistory } from '@stageflow/api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from './client.ts';
import { ApiError } from './problem.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const answer = (body: unknown, status = 200) =>
  vi.stubGlobal('fetch', async () => Response.json(body, { status }));

describe('the one client', () => {
  it('gives back an answer that fits its schema, typed by it', async () => {
    const entry = {
      revision: 1,
      at: '2026-03-01T10:00:00.000Z',
      actorId: 'u1',
      kind: 'created',
      event: null,
      fromStage: null,
      toStage: 'received',
      changes: { title: { to: 'Oven' } },
    };
    answer({ history: [entry] });
    const { data } = await api.get('/api/cards/c1/history', CardHistory);
    expect(data.history[0]?.changes.title?.to).toBe('Oven');
  });

  it('refuses an answer that does not fit, in words, and says on the console what was wrong', async () => {
    answer({ history: [{ revision: 1 }] });
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
    const error = await api.get('/api/cards/c1/history', CardHistory).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe(
      'The server sent an answer this page does not understand. Reload the page.',
    );
    expect(console).toHaveBeenCalledWith(
      expect.stringContaining('GET /api/cards/c1/history'),
      expect.anything(),
    );
  });

  it('turns a problem document into the sentence a person reads, keeping its members', async () => {
    answer(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 422,
        detail: 'Fix the definition first.',
        code: 'definition_invalid',
        problems: [{ path: ['stages', 1], message: 'Too long.', code: 'x' }],
      },
      422,
    );
    const error = (await api
      .put('/api/workflows/claims', CardHistory, {})
      .catch((e: unknown) => e)) as ApiError;
    expect(error.message).toBe('Fix the definition first.');
    expect(error.problem.problems?.[0]?.message).toBe('Too long.');
    expect(new ApiError(429, {}).message).toBe(
      'Too many attempts. Please wait a moment and try again.',
    );
  });
});
