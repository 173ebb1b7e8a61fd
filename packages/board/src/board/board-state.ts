// The board's cards: what the server said, plus moves still waiting for its answer.
import type { BoardCard } from '../api/types.ts';

export interface PendingMove {
  stage: string;
  position: string;
}

export interface BoardState {
  cards: Map<string, BoardCard>;
  /** Card id → where it shows until the server answers. */
  pending: Map<string, PendingMove>;
}

export type BoardAction =
  | { type: 'loaded'; cards: BoardCard[] }
  | { type: 'upsert'; card: BoardCard }
  | { type: 'showMoved'; cardId: string; move: PendingMove }
  | { type: 'putBack'; cardId: string };

export const emptyBoard: BoardState = { cards: new Map(), pending: new Map() };

export function boardReducer(state: BoardState, action: BoardAction): BoardState {
  switch (action.type) {
    case 'loaded': {
      // A live change can overtake the board request: keep whichever copy is newer.
      const cards = new Map<string, BoardCard>();
      for (const card of action.cards) {
        const live = state.cards.get(card.id);
        cards.set(card.id, live && live.revision > card.revision ? live : card);
      }
      return { cards, pending: new Map() };
    }
    case 'upsert': {
      const known = state.cards.get(action.card.id);
      // Live events and answers can arrive out of order: never go back to an older revision.
      if (known && known.revision > action.card.revision) return state;
      const cards = new Map(state.cards);
      // Every copy carries all fields, so the newer one replaces the old (a cleared field goes).
      cards.set(action.card.id, withStageLog(action.card, known));
      const pending = new Map(state.pending);
      pending.delete(action.card.id);
      return { cards, pending };
    }
    case 'showMoved': {
      const pending = new Map(state.pending);
      pending.set(action.cardId, action.move);
      return { ...state, pending };
    }
    case 'putBack': {
      if (!state.pending.has(action.cardId)) return state;
      const pending = new Map(state.pending);
      pending.delete(action.cardId);
      return { ...state, pending };
    }
  }
}

/**
 * Live copies carry no stage log: keep the one the board has and add the stage entry a move made
 * (a new enteredAt), so the SLA clock stays right without asking the server.
 */
export function withStageLog(card: BoardCard, known: BoardCard | undefined): BoardCard {
  if (card.stageLog || !known?.stageLog) return card;
  const last = known.stageLog.at(-1);
  const entered = last && last.at === card.enteredAt && last.stage === card.stage;
  return {
    ...card,
    stageLog: entered
      ? known.stageLog
      : [...known.stageLog, { stage: card.stage, at: card.enteredAt }],
  };
}

/** Cards as they show now (pending moves applied). */
export function visibleCard(state: BoardState, card: BoardCard): BoardCard {
  const pending = state.pending.get(card.id);
  return pending ? { ...card, stage: pending.stage, position: pending.position } : card;
}

/** Column key → its cards in order. */
export function cardsByStage(
  state: BoardState,
  keep: (card: BoardCard) => boolean,
): Map<string, BoardCard[]> {
  const columns = new Map<string, BoardCard[]>();
  for (const raw of state.cards.values()) {
    const card = visibleCard(state, raw);
    if (!keep(card)) continue;
    let list = columns.get(card.stage);
    if (!list) columns.set(card.stage, (list = []));
    list.push(card);
  }
  for (const list of columns.values()) {
    list.sort((a, b) =>
      a.position < b.position ? -1 : a.position > b.position ? 1 : a.id < b.id ? -1 : 1,
    );
  }
  return columns;
}

/** Column key → the sum of a money field over its cards (cards without a value add nothing). */
export function columnTotals(
  columns: Map<string, BoardCard[]>,
  moneyKey: string | undefined,
): Map<string, number> {
  const totals = new Map<string, number>();
  if (!moneyKey) return totals;
  for (const [key, list] of columns) {
    let sum = 0;
    for (const card of list) {
      const value = card.fields[moneyKey];
      if (typeof value === 'number' && Number.isFinite(value)) sum += value;
    }
    // Cents, as the server rounds its own total: 0.1 + 0.2 shows as 0.30.
    totals.set(key, Math.round(sum * 100) / 100);
  }
  return totals;
}
