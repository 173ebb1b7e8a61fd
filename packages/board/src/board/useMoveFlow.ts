// Connects the move machine to the server and the board state.
import {
  moves as engineMoves,
  readsLinks,
  stageLabel,
  type Ctx,
  type LinkedCard,
  type PartsFacts,
  type Refs,
  type WorkflowDefinition,
} from '@stageflow/engine';
import { refsFor } from '../installed-base/records-store.ts';
import { partsFactsFor } from '../parts/readiness-store.ts';
import { ensureLinks } from '../cards/links-store.ts';
import { useMachine } from '@xstate/react';
import { generateKeyBetween } from 'fractional-indexing';
import { useMemo, useRef } from 'react';
import { fromPromise } from 'xstate';
import { getHistory, transitionCard } from '../api/endpoints.ts';
import { ApiError, messageOf } from '../api/problem.ts';
import type { User } from '@stageflow/api';
import { useDirectory } from '../app/directory.tsx';
import { useSession } from '../app/session.tsx';
import { boardT, currentLocale } from '../i18n/i18n.ts';
import { visibleCard } from './board-state.ts';
import { cardSnapshot, chooseMove } from './drop-targets.ts';
import {
  moveMachine,
  type CheckResult,
  type CommitInput,
  type MoveRequest,
} from './move-machine.ts';
import type { BoardData } from './useBoardData.ts';

/**
 * The engine's context for the signed-in user, in the language the board shows now. `refs`: the
 * records the card points at (refsFor), as the server hands them to its engine; `parts`: the stock
 * facts of its parts lines (readiness-store); `links`: the cards linked to it (links-store).
 */
export function engineCtx(user: User, refs?: Refs, parts?: PartsFacts, links?: LinkedCard[]): Ctx {
  return {
    now: new Date().toISOString(),
    actor: { id: user.id, role: user.role, name: user.name },
    locale: currentLocale(),
    ...(refs ? { refs } : {}),
    ...(parts ? { parts } : {}),
    ...(links ? { links } : {}),
  };
}

export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

export function useMoveFlow(data: BoardData) {
  const { user } = useSession();
  const dataRef = useRef(data);
  dataRef.current = data;
  const directory = useDirectory();
  const nameOf = useRef(directory.nameOf);
  nameOf.current = directory.nameOf;

  const machine = useMemo(
    () =>
      moveMachine.provide({
        actors: {
          check: fromPromise<CheckResult, MoveRequest>(async ({ input }) => {
            const { stateRef, definitions } = dataRef.current;
            const card = stateRef.current.cards.get(input.cardId);
            if (!card) return { ok: false, reason: boardT()('moves.cardGone') };
            const definition = definitions.get(card.version);
            if (!definition) return { ok: false, reason: boardT()('moves.versionLoading') };
            const refs = refsFor(definition, card.fields);
            const parts = partsFactsFor(definition.key, card.id);
            // A guard on linked cards is judged with them (read once, then kept live), as the
            // server will; if they cannot be read the server alone judges it.
            const links = readsLinks(definition)
              ? await ensureLinks(card.id).catch(() => undefined)
              : undefined;
            const ctx = engineCtx(user, refs, parts, links);
            const moves = engineMoves(definition, cardSnapshot(card), ctx);
            return chooseMove(moves, input.to, labelsFor(definition, input), input.event);
          }),
          commit: fromPromise<void, CommitInput>(async ({ input }) => {
            const { stateRef, dispatch, reloadCard } = dataRef.current;
            const card = stateRef.current.cards.get(input.cardId);
            if (!card) throw new Error(boardT()('moves.cardGone'));
            try {
              const updated = await transitionCard(
                card.id,
                card.revision,
                input.move.event,
                input.fields,
                newIdempotencyKey(),
              );
              dispatch({ type: 'upsert', card: updated });
            } catch (error) {
              if (error instanceof ApiError && error.status === 412) {
                await reloadCard(card.id).catch(() => undefined);
                const who = await whoChangedLast(card.id, user, nameOf.current);
                throw new Error(
                  `${who} changed this card first. It has been reloaded; check it and try again.`,
                  {
                    cause: error,
                  },
                );
              }
              throw new Error(messageOf(error), { cause: error });
            }
          }),
        },
        actions: {
          showMoved: (_, { cardId, to }) => {
            const { state, dispatch } = dataRef.current;
            // The last position shown in the target column (one pass; no sort of every card).
            let last: string | null = null;
            for (const raw of state.cards.values()) {
              const shown = visibleCard(state, raw);
              if (shown.stage === to && (last === null || shown.position > last))
                last = shown.position;
            }
            dispatch({
              type: 'showMoved',
              cardId,
              move: { stage: to, position: safeKeyAfter(last) },
            });
          },
          putBack: (_, { cardId }) => dataRef.current.dispatch({ type: 'putBack', cardId }),
        },
      }),
    [user],
  );

  return useMachine(machine);
}

function labelsFor(definition: WorkflowDefinition, request: MoveRequest) {
  const locale = currentLocale();
  const label = (key: string) => stageLabel(definition, key, locale);
  return { from: label(request.from), to: label(request.to) };
}

function safeKeyAfter(last: string | null): string {
  try {
    return generateKeyBetween(last, null);
  } catch {
    return `${last ?? ''}~`; // not a valid key for the server, only for sorting on screen
  }
}

async function whoChangedLast(
  cardId: string,
  me: User,
  nameOf: (id: string) => string,
): Promise<string> {
  try {
    const history = await getHistory(cardId);
    const last = history.reduce((a, b) => (b.revision > a.revision ? b : a), history[0]!);
    if (!last?.actorId) return boardT()('moves.someoneElse');
    if (last.actorId === me.id) return boardT()('moves.youElsewhere');
    return nameOf(last.actorId);
  } catch {
    return boardT()('moves.someoneElse');
  }
}
