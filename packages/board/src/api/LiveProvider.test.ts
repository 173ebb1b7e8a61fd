import { afterEach, describe, expect, it, vi } from 'vitest';
import { readChange } from './LiveProvider.tsx';

afterEach(() => vi.restoreAllMocks());

const published = {
  seq: 8,
  at: '2026-03-02T09:00:00.000Z',
  kind: 'workflow.published',
  workflowKey: 'ticket',
  cardId: null,
  version: 2,
  name: 'Tickets',
  publishedBy: 'u1',
};
const message = (data: unknown, event = 'workflow.published') => ({
  id: '8',
  event,
  data: JSON.stringify(data),
});

describe('a live change', () => {
  it('reaches the board as the shared ChangeEvent', () => {
    expect(readChange(message(published))).toEqual(published);
    expect(readChange(message({ seq: 7 }, 'ready'))).toBeNull();
  });

  it('is left out, and reported, when it does not match the schema', () => {
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
    expect(readChange(message({ ...published, version: 'two' }))).toBeNull();
    expect(readChange({ id: '9', event: 'card.moved', data: 'not json' })).toBeNull();
    expect(console).toHaveBeenCalledTimes(2);
    expect(console.mock.calls[0]?.[0]).toContain('Live change 8 (workflow.published) left out');
  });
});
