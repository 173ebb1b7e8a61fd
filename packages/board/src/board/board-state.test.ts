import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../api/types.ts';
import { boardReducer, cardsByStage, columnTotals, emptyBoard } from './board-state.ts';

const card = (id: string, stage: string, position: string, revision = 1): BoardCard => ({
  id,
  workflow: 'repair',
  version: 1,
  stage,
  title: id,
  fields: {},
  assignee: null,
  position,
  enteredAt: '2026-03-01T10:00:00.000Z',
  dueAt: null,
  revision,
});

const titles = (state: typeof emptyBoard, stage: string) =>
  (cardsByStage(state, () => true).get(stage) ?? []).map((c) => c.id);

describe('board state', () => {
  const loaded = boardReducer(emptyBoard, {
    type: 'loaded',
    cards: [card('b', 'received', 'a1'), card('a', 'received', 'a0'), card('c', 'diagnosis', 'a0')],
  });

  it('orders each column by position', () => {
    expect(titles(loaded, 'received')).toEqual(['a', 'b']);
  });

  it('shows a move at once and takes it back when it is refused', () => {
    const moved = boardReducer(loaded, {
      type: 'showMoved',
      cardId: 'a',
      move: { stage: 'diagnosis', position: 'a1' },
    });
    expect(titles(moved, 'received')).toEqual(['b']);
    expect(titles(moved, 'diagnosis')).toEqual(['c', 'a']);
    const back = boardReducer(moved, { type: 'putBack', cardId: 'a' });
    expect(titles(back, 'received')).toEqual(['a', 'b']);
  });

  it('settles a move when the server’s card arrives', () => {
    const moved = boardReducer(loaded, {
      type: 'showMoved',
      cardId: 'a',
      move: { stage: 'diagnosis', position: 'a1' },
    });
    const settled = boardReducer(moved, { type: 'upsert', card: card('a', 'diagnosis', 'a5', 2) });
    expect(settled.pending.size).toBe(0);
    expect(titles(settled, 'diagnosis')).toEqual(['c', 'a']);
  });

  it('ignores a live change older than the card it already has', () => {
    const newer = boardReducer(loaded, { type: 'upsert', card: card('c', 'in_repair', 'a0', 5) });
    const stale = boardReducer(newer, { type: 'upsert', card: card('c', 'diagnosis', 'a0', 4) });
    expect(stale).toBe(newer);
  });

  it('keeps a live change that overtook the board request', () => {
    const live = boardReducer(emptyBoard, {
      type: 'upsert',
      card: card('a', 'diagnosis', 'a3', 3),
    });
    const after = boardReducer(live, { type: 'loaded', cards: [card('a', 'received', 'a0', 2)] });
    expect(after.cards.get('a')?.stage).toBe('diagnosis');
  });

  it('takes a newer copy’s fields as they are, so a cleared field is gone', () => {
    const quoted = { ...card('q', 'diagnosis', 'a2', 2), fields: { quoteAmount: 90, note: 'x' } };
    const withQuote = boardReducer(loaded, { type: 'upsert', card: quoted });
    const cleared = { ...quoted, revision: 3, fields: { note: 'x' } };
    const after = boardReducer(withQuote, { type: 'upsert', card: cleared });
    expect(after.cards.get('q')?.fields).toEqual({ note: 'x' });
  });

  it('sums a money field per column from the cards, to the cent', () => {
    const priced = (id: string, stage: string, amount: number | null): BoardCard => ({
      ...card(id, stage, 'a0'),
      fields: amount === null ? {} : { quoteAmount: amount },
    });
    const state = boardReducer(emptyBoard, {
      type: 'loaded',
      cards: [priced('a', 'x', 0.1), priced('b', 'x', 0.2), priced('c', 'y', null)],
    });
    const totals = columnTotals(
      cardsByStage(state, () => true),
      'quoteAmount',
    );
    expect(totals).toEqual(
      new Map([
        ['x', 0.3],
        ['y', 0],
      ]),
    );
  });
});
