// The board's cards and numbers. The server sends each column's count, matched count and money
// total (one snapshot at `lastEventId`) and windows of cards from the top; live changes after that
// seq move the numbers (each once), and a card shows if it falls inside what is loaded of its
// column. Moves still waiting for the server show at once and count at once.
import type { BoardColumn, CardBefore } from '@stageflow/api';
import type { Fields } from '@stageflow/engine';
import type { BoardCard } from '../api/types.ts';

export interface PendingMove {
  stage: string;
  position: string;
  /** The stage the server last said (counts move from here until the change is streamed). */
  from?: string;
  /** The answer's revision: the pending count adjustment ends when the feed brings it. */
  awaitRevision?: number;
  /** The newest revision the feed brought while the move was pending. */
  streamedRevision?: number;
}

export interface ColumnNumbers {
  count: number;
  matched: number;
  sum: number;
}

/** What of a column is loaded: every card up to `end` (board order); all of it when next is null. */
export interface ColumnRange {
  end: { position: string; id: string } | null;
  next: string | null;
}

export interface BoardState {
  cards: Map<string, BoardCard>;
  /** Card id → where it shows until the server answers. */
  pending: Map<string, PendingMove>;
  numbers: Map<string, ColumnNumbers>;
  ranges: Map<string, ColumnRange>;
  /** The last change feed seq reflected in `numbers`. */
  lastSeq: number;
}

/** What of a board column the state takes in: its numbers and first window. */
export type LoadedColumn = Pick<
  BoardColumn,
  'key' | 'count' | 'matched' | 'sum' | 'cards' | 'next'
>;

export interface LiveChange {
  seq: number;
  card: BoardCard;
  /** Absent for a created card. */
  before: CardBefore | null;
}

export type BoardAction =
  | { type: 'loaded'; columns: LoadedColumn[]; lastEventId: number }
  | { type: 'window'; stage: string; cards: BoardCard[]; next: string | null }
  | {
      type: 'live';
      change: LiveChange;
      moneyKey: string | undefined;
      keep: (card: BoardCard) => boolean;
    }
  | { type: 'upsert'; card: BoardCard }
  | { type: 'showMoved'; cardId: string; move: PendingMove }
  | { type: 'putBack'; cardId: string };

export const emptyBoard: BoardState = {
  cards: new Map(),
  pending: new Map(),
  numbers: new Map(),
  ranges: new Map(),
  lastSeq: 0,
};

const compareKeys = (
  a: { position: string; id: string },
  b: { position: string; id: string },
): number =>
  a.position < b.position
    ? -1
    : a.position > b.position
      ? 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;

/** Whether a card at this place of its column is inside what the board has loaded. */
export function inLoadedRange(state: BoardState, card: BoardCard): boolean {
  const range = state.ranges.get(card.stage);
  if (!range) return false;
  if (range.next === null) return true;
  return range.end !== null && compareKeys(card, range.end) <= 0;
}

function amountOf(fields: Fields, moneyKey: string | undefined): number {
  const value = moneyKey ? fields[moneyKey] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function addTo(
  numbers: Map<string, ColumnNumbers>,
  stage: string,
  sign: 1 | -1,
  amount: number,
  matched: boolean,
) {
  const n = numbers.get(stage);
  if (!n) return;
  numbers.set(stage, {
    count: n.count + sign,
    matched: n.matched + (matched ? sign : 0),
    sum: n.sum + sign * amount,
  });
}

function mergeCards(state: BoardState, cards: BoardCard[]): Map<string, BoardCard> {
  const merged = new Map(state.cards);
  for (const card of cards) {
    const known = merged.get(card.id);
    // A live change can overtake a window request: keep whichever copy is newer.
    if (!known || known.revision <= card.revision) merged.set(card.id, card);
  }
  return merged;
}

export function boardReducer(state: BoardState, action: BoardAction): BoardState {
  switch (action.type) {
    case 'loaded': {
      const numbers = new Map<string, ColumnNumbers>();
      const ranges = new Map<string, ColumnRange>();
      const cards = new Map<string, BoardCard>();
      for (const column of action.columns) {
        const { count, matched } = column;
        numbers.set(column.key, { count, matched, sum: column.sum?.amount ?? 0 });
        const last = column.cards.at(-1);
        ranges.set(column.key, {
          end: last ? { position: last.position, id: last.id } : null,
          next: column.next,
        });
        for (const card of column.cards) cards.set(card.id, card);
      }
      // A reload (a search, a cleared filter) can land while a move is being saved: the move
      // keeps showing, and its card stays for the answer, unless the snapshot already has it.
      const pending = new Map<string, PendingMove>();
      for (const [id, move] of state.pending) {
        if (move.awaitRevision !== undefined) continue; // answered: the snapshot counts it
        pending.set(id, move);
        const held = state.cards.get(id);
        if (!cards.has(id) && held) cards.set(id, held);
      }
      return { cards, pending, numbers, ranges, lastSeq: action.lastEventId };
    }
    case 'window': {
      const last = action.cards.at(-1);
      const ranges = new Map(state.ranges);
      const previous = state.ranges.get(action.stage);
      ranges.set(action.stage, {
        end: last ? { position: last.position, id: last.id } : (previous?.end ?? null),
        next: action.next,
      });
      return { ...state, cards: mergeCards(state, action.cards), ranges };
    }
    case 'live': {
      const { change, moneyKey, keep } = action;
      if (change.seq <= state.lastSeq) return state;
      const { card, before } = change;
      const held = state.cards.get(card.id);
      const numbers = new Map(state.numbers);
      if (before) {
        const was = held ?? { ...card, stage: before.stage, fields: before.fields ?? card.fields };
        const wasFields = before.fields ?? card.fields;
        addTo(
          numbers,
          before.stage,
          -1,
          amountOf(wasFields, moneyKey),
          keep({ ...was, stage: before.stage, fields: wasFields }),
        );
      }
      addTo(numbers, card.stage, 1, amountOf(card.fields, moneyKey), keep(card));
      let cards = state.cards;
      if (!held || held.revision < card.revision) {
        cards = new Map(state.cards);
        if (keep(card) && inLoadedRange(state, card)) cards.set(card.id, withStageLog(card, held));
        else cards.delete(card.id);
      }
      let pending = state.pending;
      const mine = pending.get(card.id);
      if (mine) {
        pending = new Map(pending);
        if (mine.awaitRevision !== undefined && card.revision >= mine.awaitRevision)
          pending.delete(card.id);
        else pending.set(card.id, { ...mine, streamedRevision: card.revision });
      }
      return { ...state, cards, numbers, pending, lastSeq: change.seq };
    }
    case 'upsert': {
      const known = state.cards.get(action.card.id);
      // Live events and answers can arrive out of order: never go back to an older revision.
      if (known && known.revision > action.card.revision) return state;
      // A board snapshot or the feed already brought this revision: its numbers have the move.
      const counted = known !== undefined && known.revision === action.card.revision;
      const cards = new Map(state.cards);
      // Every copy carries all fields, so the newer one replaces the old (a cleared field goes).
      if (known || inLoadedRange(state, action.card))
        cards.set(action.card.id, withStageLog(action.card, known));
      const pending = new Map(state.pending);
      const mine = pending.get(action.card.id);
      // The numbers follow the feed; until it brings this revision, the move still counts here.
      if (
        !counted &&
        mine?.from !== undefined &&
        mine.from !== action.card.stage &&
        (mine.streamedRevision ?? 0) < action.card.revision
      ) {
        pending.set(action.card.id, {
          ...mine,
          stage: action.card.stage,
          position: action.card.position,
          awaitRevision: action.card.revision,
        });
      } else pending.delete(action.card.id);
      return { ...state, cards, pending };
    }
    case 'showMoved': {
      const pending = new Map(state.pending);
      const from = state.cards.get(action.cardId)?.stage;
      pending.set(action.cardId, { ...action.move, ...(from ? { from } : {}) });
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

/** The copy shown for a card with a pending move, kept while the card and the move stay the same. */
const movedCopies = new WeakMap<BoardCard, { move: PendingMove; card: BoardCard }>();

/** Cards as they show now (pending moves applied); the same object while nothing changed. */
export function visibleCard(state: BoardState, card: BoardCard): BoardCard {
  const pending = state.pending.get(card.id);
  if (!pending) return card;
  const copy = movedCopies.get(card);
  if (copy?.move === pending) return copy.card;
  const moved = { ...card, stage: pending.stage, position: pending.position };
  movedCopies.set(card, { move: pending, card: moved });
  return moved;
}

/** Column key → its loaded cards in order. */
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
  for (const list of columns.values()) list.sort(compareKeys);
  return columns;
}

/**
 * `next`, keeping each list of `previous` that holds the same cards in the same order: a column
 * whose cards did not change gets the very array it had, so its memoized list skips rendering
 * (a drop re-renders the two columns it changes, not all of them).
 */
export function shareLists(
  previous: Map<string, BoardCard[]>,
  next: Map<string, BoardCard[]>,
): Map<string, BoardCard[]> {
  const shared = new Map<string, BoardCard[]>();
  for (const [stage, list] of next) {
    const before = previous.get(stage);
    const same = before && before.length === list.length && before.every((c, i) => c === list[i]);
    shared.set(stage, same ? before : list);
  }
  return shared;
}

/**
 * Column key → count, matched and money total as shown now: the server's numbers moved by every
 * streamed change, and by the moves the feed has not brought yet.
 */
export function columnNumbers(
  state: BoardState,
  moneyKey: string | undefined,
  keep: (card: BoardCard) => boolean,
): Map<string, ColumnNumbers> {
  const numbers = new Map(state.numbers);
  for (const [id, move] of state.pending) {
    const card = state.cards.get(id);
    if (!card || move.from === undefined || move.from === move.stage) continue;
    const amount = amountOf(card.fields, moneyKey);
    const matched = keep(card);
    addTo(numbers, move.from, -1, amount, matched);
    addTo(numbers, move.stage, 1, amount, matched);
  }
  // Cents, as the server rounds its own total: 0.1 + 0.2 shows as 0.30.
  for (const [key, n] of numbers) numbers.set(key, { ...n, sum: Math.round(n.sum * 100) / 100 });
  return numbers;
}
