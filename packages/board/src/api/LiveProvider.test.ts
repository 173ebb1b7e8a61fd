import { afterEach, describe, expect, it, vi } from 'vitest';
import { readChange } from './LiveProvider.tsx';

afterEach(() => vi.restoreAllMocks());

const card = {
  id: 'c1',
  title: 'Pump',
  stage: 'doing',
  position: 'a0',
  assignee: null,
  revision: 2,
  enteredAt: '2026-03-02T09:00:00.000Z',
  dueAt: null,
  overdue: false,
  version: 1,
  fields: { customer: 'Acme' },
};
const moved = {
  seq: 7,
  at: '2026-03-02T09:00:00.000Z',
  kind: 'card.moved',
  workflowKey: 'ticket',
  cardId: 'c1',
  actorId: 'u1',
  event: 'start',
  from: 'todo',
  to: 'doing',
  card,
};
const message = (data: unknown, event = 'card.moved') => ({
  id: '7',
  event,
  data: JSON.stringify(data),
});

describe('a live change', () => {
  it('reaches the board as the shared ChangeEvent', () => {
    expect(readChange(message(moved))).toMatchObject({ kind: 'card.moved', to: 'doing', card });
    expect(readChange(message({ seq: 7 }, 'ready'))).toBeNull();
  });

  it('is left out, and reported, when it does not match the schema', () => {
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
    const { fields: _fields, ...cardWithoutFields } = card;
    expect(readChange(message({ ...moved, card: cardWithoutFields }))).toBeNull();
    expect(readChange({ id: '8', event: 'card.moved', data: 'not json' })).toBeNull();
    expect(console).toHaveBeenCalledTimes(2);
    expect(console.mock.calls[0]?.[0]).toContain('Live change 7 (card.moved) left out');
  });
});
