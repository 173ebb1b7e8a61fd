// Loads a board (columns, cards, the definitions its cards follow) and keeps it live.
import type { WorkflowDefinition } from '@stageflow/engine';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { getBoard, getCard, getDefinition } from '../api/endpoints.ts';
import { useLiveChanges } from '../api/LiveProvider.tsx';
import { toBoardCard } from '../api/normalize.ts';
import { messageOf } from '../api/problem.ts';
import type { BoardColumn, WorkflowSummary } from '../api/types.ts';
import { boardReducer, emptyBoard, type BoardState } from './board-state.ts';

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
  stateRef: React.RefObject<BoardState>;
}

export function useBoardData(workflow: WorkflowSummary): BoardData {
  const [state, dispatch] = useReducer(boardReducer, emptyBoard);
  const stateRef = useRef(state);
  stateRef.current = state;
  const [status, setStatus] = useState<BoardData['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [columns, setColumns] = useState<BoardColumn[]>([]);
  const [definitions, setDefinitions] = useState(new Map<number, WorkflowDefinition>());
  const [latest, setLatest] = useState<number>(workflow.latestVersion);
  const generation = useRef(0);

  const load = useCallback(() => {
    const mine = ++generation.current;
    setError(null);
    (async () => {
      const board = await getBoard(workflow.key);
      const versions = new Set([board.workflow.version, ...board.cards.map((c) => c.version)]);
      const defs = new Map<number, WorkflowDefinition>();
      await Promise.all(
        [...versions].map(async (v) => defs.set(v, await getDefinition(workflow.key, v))),
      );
      if (mine !== generation.current) return;
      setColumns(board.columns);
      setDefinitions(defs);
      setLatest(board.workflow.version);
      dispatch({ type: 'loaded', cards: board.cards });
      setStatus('ready');
    })().catch((err: unknown) => {
      if (mine !== generation.current) return;
      setError(messageOf(err));
      setStatus('error');
    });
  }, [workflow.key]);

  useEffect(load, [load]);

  const ensureDefinition = useCallback(
    (version: number) => {
      if (definitions.has(version)) return;
      getDefinition(workflow.key, version)
        .then((def) => setDefinitions((prev) => new Map(prev).set(version, def)))
        .catch(() => undefined);
    },
    [definitions, workflow.key],
  );

  const reloadCard = useCallback(
    async (id: string) => {
      const card = await getCard(id);
      ensureDefinition(card.version);
      dispatch({ type: 'upsert', card });
    },
    [ensureDefinition],
  );

  useLiveChanges((change) => {
    if (change.workflow !== workflow.key) return;
    if (change.kind === 'workflow.published' || change.kind === 'cards.migrated') {
      load();
      return;
    }
    // Comments and notifications name a card but do not change it.
    if (!change.cardId || !change.kind.startsWith('card.')) return;
    const raw = change.payload.card;
    if (raw && typeof raw === 'object') {
      const card = toBoardCard(raw, workflow.key);
      ensureDefinition(card.version);
      dispatch({ type: 'upsert', card });
    } else {
      void reloadCard(change.cardId).catch(() => undefined);
    }
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
    stateRef,
  };
}
