// Loads a board (column numbers, first windows, the definitions its cards follow), loads further
// windows as columns scroll, and keeps it all live.
import type { BoardColumn as BoardColumnAnswer, WorkflowSummary } from '@stageflow/api';
import type { WorkflowDefinition } from '@stageflow/engine';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import {
  getBoard,
  getCard,
  getColumnWindow,
  getDefinition,
  type BoardQuery,
} from '../api/endpoints.ts';
import { useLiveChanges } from '../api/LiveProvider.tsx';
import { messageOf } from '../api/problem.ts';
import type { BoardCard, BoardColumn } from '../api/types.ts';
import { boardReducer, emptyBoard, type BoardState, type LiveChange } from './board-state.ts';

export interface BoardData {
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  columns: BoardColumn[];
  /** The latest published definition: its stages are the columns. */
  definition: WorkflowDefinition | null;
  /** Every version a card on the board is pinned to. */
  definitions: Map<number, WorkflowDefinition>;
  state: BoardState;
  dispatch: React.Dispatch<Parameters<typeof boardReducer>[1]>;
  reload: () => void;
  /** Fetch one card again (after a conflict) and put it on the board. */
  reloadCard: (id: string) => Promise<void>;
  /** Load the next window of a column (no-op while one is loading or at the end). */
  loadMore: (stage: string) => void;
  /** The server filters of what is shown are being fetched. */
  searching: boolean;
  stateRef: React.RefObject<BoardState>;
}

const sameQuery = (a: BoardQuery, b: BoardQuery) =>
  (a.q ?? '') === (b.q ?? '') &&
  (a.assignee ?? null) === (b.assignee ?? null) &&
  Boolean(a.overdue) === Boolean(b.overdue);

/** Changes that arrived while the board request was under way, replayed after it by seq. */
const RECENT = 500;

export function useBoardData(
  workflow: WorkflowSummary,
  query: BoardQuery,
  keep: (card: BoardCard) => boolean,
): BoardData {
  const [state, dispatch] = useReducer(boardReducer, emptyBoard);
  const stateRef = useRef(state);
  stateRef.current = state;
  const [status, setStatus] = useState<BoardData['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  /** The query of the board shown (null before the first): busy until it is the one asked. */
  const [shownQuery, setShownQuery] = useState<BoardQuery | null>(null);
  const [columns, setColumns] = useState<BoardColumn[]>([]);
  const [definitions, setDefinitions] = useState(new Map<number, WorkflowDefinition>());
  const [latest, setLatest] = useState<number>(workflow.latestVersion);
  const generation = useRef(0);
  const requests = useRef(new AbortController());
  const loading = useRef(new Set<string>());
  const recent = useRef<LiveChange[]>([]);
  const keepRef = useRef(keep);
  keepRef.current = keep;
  const moneyKey = useRef<string | undefined>(undefined);
  const { q, assignee, overdue } = query;
  /**
   * The load whose windows the state holds, and its query: further windows continue those
   * windows. While a newer load (another search) is on its way, none are asked for: the old
   * cursors with the new query would fetch cards no one will see, and on a big board keep the
   * server and the browser's connections busy in front of the person's next move.
   */
  const shown = useRef<{ generation: number; query: BoardQuery }>({ generation: -1, query: {} });
  // The query asked for now: a column's effect can run before the new load starts (children's
  // effects run first), so loadMore compares queries, not only loads.
  const asked = useRef(query);
  asked.current = query;
  const definitionsRef = useRef(definitions);
  definitionsRef.current = definitions;

  const load = useCallback(() => {
    const mine = ++generation.current;
    // What the last load and its windows still wait for will not be shown: cancel it, so a
    // browser's few connections and the server are free for this load and the person's moves.
    requests.current.abort();
    const controller = (requests.current = new AbortController());
    loading.current = new Set();
    setError(null);
    setSearching(true);
    (async () => {
      const board = await getBoard(workflow.key, { q, assignee, overdue }, controller.signal);
      const cards = board.columns.flatMap((column) => column.cards);
      const versions = new Set([board.workflow.version, ...cards.map((c) => c.version)]);
      const defs = new Map<number, WorkflowDefinition>();
      await Promise.all(
        [...versions].map(async (v) => defs.set(v, await getDefinition(workflow.key, v))),
      );
      if (mine !== generation.current) return;
      moneyKey.current = defs
        .get(board.workflow.version)
        ?.fields.find((f) => f.type === 'money')?.key;
      shown.current = { generation: mine, query: { q, assignee, overdue } };
      setShownQuery(shown.current.query);
      setColumns(board.columns.map(columnHead));
      setDefinitions((prev) => new Map([...prev, ...defs]));
      setLatest(board.workflow.version);
      dispatch({
        type: 'loaded',
        columns: board.columns,
        lastEventId: board.lastEventId,
      });
      for (const change of recent.current) if (change.seq > board.lastEventId) live(change);
      setStatus('ready');
      setSearching(false);
    })().catch((err: unknown) => {
      if (mine !== generation.current) return;
      setError(messageOf(err));
      setStatus('error');
      setSearching(false);
    });
  }, [workflow.key, q, assignee, overdue]);

  useEffect(load, [load]);

  const ensureDefinition = useCallback(
    (version: number) => {
      if (definitionsRef.current.has(version)) return;
      getDefinition(workflow.key, version)
        .then((def) => setDefinitions((prev) => new Map(prev).set(version, def)))
        .catch(() => undefined);
    },
    [workflow.key],
  );

  // The same function for the board's life: a column asks again only when its own list changes.
  const loadMore = useCallback(
    (stage: string) => {
      const { generation: mine, query: shownQuery } = shown.current;
      // A new board is on its way (or about to be asked for): its windows follow it.
      if (mine !== generation.current || !sameQuery(shownQuery, asked.current)) return;
      const after = stateRef.current.ranges.get(stage)?.next;
      if (!after || loading.current.has(stage)) return;
      loading.current.add(stage);
      getColumnWindow(workflow.key, stage, after, shownQuery, requests.current.signal)
        .then((page) => {
          if (mine !== generation.current) return;
          for (const card of page.cards) ensureDefinition(card.version);
          dispatch({ type: 'window', stage, cards: page.cards, next: page.next });
        })
        .catch(() => undefined)
        .finally(() => {
          if (mine === generation.current) loading.current.delete(stage);
        });
    },
    [workflow.key, ensureDefinition],
  );

  const reloadCard = useCallback(
    async (id: string) => {
      const card = await getCard(id);
      ensureDefinition(card.version);
      dispatch({ type: 'upsert', card });
    },
    [ensureDefinition],
  );

  function live(change: LiveChange) {
    dispatch({ type: 'live', change, moneyKey: moneyKey.current, keep: keepRef.current });
  }

  useLiveChanges((change) => {
    if (change.workflowKey !== workflow.key) return;
    if (change.kind === 'workflow.published' || change.kind === 'cards.migrated') {
      load();
      return;
    }
    // Comments, notifications and attachments name a card but do not change it.
    if (
      change.kind !== 'card.created' &&
      change.kind !== 'card.moved' &&
      change.kind !== 'card.updated'
    )
      return;
    const { card } = change;
    const entry: LiveChange = {
      seq: change.seq,
      card,
      before: change.kind === 'card.created' ? null : (change.before ?? null),
    };
    recent.current.push(entry);
    if (recent.current.length > RECENT) recent.current.shift();
    ensureDefinition(card.version);
    live(entry);
  });

  return {
    status,
    error,
    columns,
    definition: definitions.get(latest) ?? null,
    definitions,
    state,
    dispatch,
    reload: load,
    reloadCard,
    loadMore,
    // From the render that asks for another query on, not only once the request is sent.
    searching: searching || shownQuery === null || !sameQuery(shownQuery, query),
    stateRef,
  };
}

/** A column's head, without the numbers and cards that go into board state. */
function columnHead({
  key,
  label,
  labels,
  category,
  color,
  wipLimit,
}: BoardColumnAnswer): BoardColumn {
  return { key, label, labels, category, color, wipLimit };
}
