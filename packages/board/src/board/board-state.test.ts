import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../api/types.ts';
import {
  boardReducer,
  cardsByStage,
  columnNumbers,
  emptyBoard,
  shareLists,
  type BoardState,
  type LiveChange,
  type LoadedColumn,
} from './board-state.ts';

const card = (
  id: string,
  stage: string,
  position: string,
  revision = 1,
  amount?: number,
): BoardCard => ({
  id,
  overdue: false,
  version: 1,
  stage,
  title: id,
  fields: amount === undefined ? {} : { quoteAmount: amount },
  assignee: null,
  position,
  enteredAt: '2026-03-01T10:00:00.000Z',
  dueAt: null,
  revision,
});

const column = (
  key: string,
  cards: BoardCard[],
  count = cards.length,
  next: string | null = null,
  sum = 0,
): LoadedColumn => ({
  key,
  count,
  matched: count,
  sum: { field: 'quoteAmount', currency: 'EUR', amount: sum },
  cards,
  next,
});

const ids = (state: BoardState, stage: string) =>
  (cardsByStage(state, () => true).get(stage) ?? []).map((c) => c.id);
const all = () => true;
const numbers = (state: BoardState) => columnNumbers(state, 'quoteAmount', all);
const live = (state: BoardState, change: LiveChange) =>
  boardReducer(state, { type: 'live', change, moneyKey: 'quoteAmount', keep: all });

describe('board state', () => {
  const loaded = boardReducer(emptyBoard, {
    type: 'loaded',
    columns: [
      column('received', [card('b', 'received', 'a1'), card('a', 'received', 'a0')]),
      column('diagnosis', [card('c', 'diagnosis', 'a0')]),
    ],
    lastEventId: 10,
  });

  it('orders each column by position', () => {
    expect(ids(loaded, 'received')).toEqual(['a', 'b']);
  });

  it('shows and counts a move at once and takes both back when it is refused', () => {
    const moved = boardReducer(loaded, {
      type: 'showMoved',
      cardId: 'a',
      move: { stage: 'diagnosis', position: 'a1' },
    });
    expect(ids(moved, 'received')).toEqual(['b']);
    expect(ids(moved, 'diagnosis')).toEqual(['c', 'a']);
    expect(numbers(moved).get('diagnosis')?.count).toBe(2);
    const back = boardReducer(moved, { type: 'putBack', cardId: 'a' });
    expect(ids(back, 'received')).toEqual(['a', 'b']);
    expect(numbers(back).get('diagnosis')?.count).toBe(1);
  });

  it('counts a move once, whether the answer or the live change comes first', () => {
    const moved = boardReducer(loaded, {
      type: 'showMoved',
      cardId: 'a',
      move: { stage: 'diagnosis', position: 'a1' },
    });
    const change = {
      seq: 11,
      card: card('a', 'diagnosis', 'a5', 2),
      before: { stage: 'received' },
    };
    const answerFirst = live(boardReducer(moved, { type: 'upsert', card: change.card }), change);
    const liveFirst = boardReducer(live(moved, change), { type: 'upsert', card: change.card });
    for (const settled of [answerFirst, liveFirst]) {
      expect(settled.pending.size).toBe(0);
      expect(ids(settled, 'diagnosis')).toEqual(['c', 'a']);
      expect(numbers(settled).get('received')?.count).toBe(1);
      expect(numbers(settled).get('diagnosis')?.count).toBe(2);
    }
    // Halfway (answered, not yet streamed) the move already counts.
    const answered = boardReducer(moved, { type: 'upsert', card: change.card });
    expect(numbers(answered).get('diagnosis')?.count).toBe(2);
  });

  it('keeps a move being saved through a reload, and counts it once when the answer comes', () => {
    const moved = boardReducer(loaded, {
      type: 'showMoved',
      cardId: 'a',
      move: { stage: 'diagnosis', position: 'a1' },
    });
    // A search was cleared mid-move: the fresh board does not have the move yet.
    const reloaded = boardReducer(moved, {
      type: 'loaded',
      columns: [
        column('received', [card('b', 'received', 'a1'), card('a', 'received', 'a0')]),
        column('diagnosis', [card('c', 'diagnosis', 'a0')]),
      ],
      lastEventId: 10,
    });
    expect(ids(reloaded, 'diagnosis')).toEqual(['c', 'a']);
    expect(numbers(reloaded).get('diagnosis')?.count).toBe(2);
    const answer = card('a', 'diagnosis', 'a5', 2);
    const settled = live(boardReducer(reloaded, { type: 'upsert', card: answer }), {
      seq: 11,
      card: answer,
      before: { stage: 'received' },
    });
    expect(settled.pending.size).toBe(0);
    expect(numbers(settled).get('diagnosis')?.count).toBe(2);
    expect(numbers(settled).get('received')?.count).toBe(1);
  });

  it('applies each change after the board’s snapshot once, and none before it', () => {
    const change = { seq: 10, card: card('x', 'received', 'a9', 1), before: null };
    expect(live(loaded, change)).toBe(loaded);
    const once = live(loaded, { ...change, seq: 11 });
    expect(live(once, { ...change, seq: 11 })).toBe(once);
    expect(numbers(once).get('received')?.count).toBe(3);
  });

  it('shows a card moved in from elsewhere only inside the loaded window, and counts it anyway', () => {
    const partial = boardReducer(emptyBoard, {
      type: 'loaded',
      columns: [
        column(
          'received',
          [card('a', 'received', 'a0'), card('b', 'received', 'a1')],
          500,
          'cursor',
        ),
        column('diagnosis', [], 3),
      ],
      lastEventId: 1,
    });
    const inside = live(partial, {
      seq: 2,
      card: card('m', 'received', 'a0V', 3),
      before: { stage: 'diagnosis' },
    });
    expect(ids(inside, 'received')).toEqual(['a', 'm', 'b']);
    const beyond = live(inside, {
      seq: 3,
      card: card('n', 'received', 'a5', 2),
      before: { stage: 'diagnosis' },
    });
    expect(ids(beyond, 'received')).toEqual(['a', 'm', 'b']);
    expect(numbers(beyond).get('received')?.count).toBe(502);
    expect(numbers(beyond).get('diagnosis')?.count).toBe(1);
    // The next window brings it, in order.
    const more = boardReducer(beyond, {
      type: 'window',
      stage: 'received',
      cards: [card('c', 'received', 'a2'), card('n', 'received', 'a5', 2)],
      next: null,
    });
    expect(ids(more, 'received')).toEqual(['a', 'm', 'b', 'c', 'n']);
  });

  it('ignores a copy older than the card it already has', () => {
    const newer = boardReducer(loaded, { type: 'upsert', card: card('c', 'in_repair', 'a0', 5) });
    const stale = boardReducer(newer, { type: 'upsert', card: card('c', 'diagnosis', 'a0', 4) });
    expect(stale).toBe(newer);
  });

  it('takes a newer copy’s fields as they are, so a cleared field is gone', () => {
    const quoted = { ...card('c', 'diagnosis', 'a0', 2), fields: { quoteAmount: 90, note: 'x' } };
    const withQuote = boardReducer(loaded, { type: 'upsert', card: quoted });
    const cleared = { ...quoted, revision: 3, fields: { note: 'x' } };
    const after = boardReducer(withQuote, { type: 'upsert', card: cleared });
    expect(after.cards.get('c')?.fields).toEqual({ note: 'x' });
  });

  it('moves money totals by what a card held before and holds now, to the cent', () => {
    const priced = boardReducer(emptyBoard, {
      type: 'loaded',
      columns: [column('x', [], 2, 'cursor', 0.1), column('y', [])],
      lastEventId: 1,
    });
    const edited = live(priced, {
      seq: 2,
      card: card('p', 'x', 'a0', 2, 0.3),
      before: { stage: 'x', fields: { quoteAmount: 0.1 } },
    });
    expect(numbers(edited).get('x')).toEqual({ count: 2, matched: 2, sum: 0.3 });
    const moved = live(edited, {
      seq: 3,
      card: card('p', 'y', 'a0', 3, 0.3),
      before: { stage: 'x' },
    });
    expect(numbers(moved).get('x')).toEqual({ count: 1, matched: 1, sum: 0 });
    expect(numbers(moved).get('y')).toEqual({ count: 1, matched: 1, sum: 0.3 });
  });
});

describe('shareLists', () => {
  it('keeps the array of every column a pending move does not touch', () => {
    const loaded = boardReducer(emptyBoard, {
      type: 'loaded',
      columns: [
        column('todo', [card('a', 'todo', 'a0'), card('b', 'todo', 'a1')]),
        column('doing', [card('c', 'doing', 'a0')]),
        column('done', []),
      ],
      lastEventId: 1,
    });
    const before = shareLists(
      new Map(),
      cardsByStage(loaded, () => true),
    );
    const moving = boardReducer(loaded, {
      type: 'showMoved',
      cardId: 'b',
      move: { stage: 'done', position: 'a0' },
    });
    const after = shareLists(
      before,
      cardsByStage(moving, () => true),
    );
    expect(after.get('doing')).toBe(before.get('doing'));
    expect(after.get('todo')).not.toBe(before.get('todo'));
    expect(after.get('done')!.map((c) => c.id)).toEqual(['b']);
    // Computed again with nothing changed, even the moved card's list stays the same array.
    expect(
      shareLists(
        after,
        cardsByStage(moving, () => true),
      ).get('done'),
    ).toBe(after.get('done'));
  });
});
