import { describe, expect, it } from 'vitest';
import { toBoard, toHistoryEntry } from './normalize.ts';
import { ApiError } from './problem.ts';

describe('reading the server', () => {
  it('reads the board’s columns and nested cards with every field they carry', () => {
    const board = toBoard(
      {
        workflow: { key: 'deal', name: 'Sales deals', version: 2 },
        columns: [
          {
            key: 'new',
            label: 'New',
            category: 'open',
            wipLimit: null,
            count: 1,
            sum: { field: 'amount', currency: 'EUR', amount: 1200 },
            cards: [
              {
                id: 'c1',
                title: 'Deal',
                stage: 'new',
                position: 'a0',
                assignee: 'u1',
                revision: 3,
                enteredAt: 'x',
                dueAt: null,
                version: 2,
                fields: { amount: 1200, lostReason: 'price' },
              },
            ],
          },
        ],
      },
      'deal',
    );
    expect(board.workflow).toMatchObject({ key: 'deal', version: 2 });
    expect(board.columns[0]).toMatchObject({ key: 'new', label: 'New', wipLimit: undefined });
    expect(board.cards[0]).toMatchObject({
      id: 'c1',
      stage: 'new',
      assignee: { id: 'u1' },
      revision: 3,
      fields: { amount: 1200, lostReason: 'price' },
    });
  });

  it('flattens history changes so each field reads on its own line', () => {
    const entry = toHistoryEntry({
      revision: 1,
      at: '2026-03-01T10:00:00.000Z',
      actorId: 'u1',
      kind: 'created',
      toStage: 'received',
      changes: { title: { from: null, to: 'Oven' }, fields: { customer: { to: 'Bistro' } } },
    });
    expect(entry.changes).toEqual({
      title: { from: null, to: 'Oven' },
      customer: { to: 'Bistro' },
    });
    expect(entry.actor).toEqual({ id: 'u1', name: '' });
  });

  it('turns a problem detail into the sentence a person reads', () => {
    expect(
      new ApiError(409, {
        title: 'Conflict',
        detail: 'Only repairs under warranty skip the quote.',
      }).message,
    ).toBe('Only repairs under warranty skip the quote.');
    expect(new ApiError(429, {}).message).toBe(
      'Too many attempts. Please wait a moment and try again.',
    );
  });
});
