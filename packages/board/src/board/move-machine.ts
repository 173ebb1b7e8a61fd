// The move flow as a state machine: a drag (or a drawer button) becomes a transition.
//   idle → dragging → checking → (askingFields) → committing → idle | failed
// `checking` asks the engine (in the browser) which move the drop means; `committing` shows the
// card in its new column at once and lets the server decide. The board provides the real actors
// and actions with `.provide()`; tests provide their own.
import type { Fields, Move } from '@stageflow/engine';
import { assign, fromPromise, setup } from 'xstate';
import { boardT } from '../i18n/i18n.ts';

export interface MoveRequest {
  cardId: string;
  /** The stage the card is in now. */
  from: string;
  /** The column it was dropped on. */
  to: string;
  /** A specific transition (drawer buttons); drops pick the first allowed one into `to`. */
  event?: string;
}

/** What `checking` found: the move to make, or a sentence saying why there is none. */
export type CheckResult = { ok: true; move: Move } | { ok: false; reason: string };

export interface CommitInput {
  cardId: string;
  move: Move;
  fields: Fields;
}

export interface MoveContext {
  request: MoveRequest | null;
  move: Move | null;
  fields: Fields;
  error: string | null;
  /** Set after a move the server accepted, for the announcement. */
  done: string | null;
}

export type MoveEvent =
  | { type: 'DRAG_START'; cardId: string; from: string }
  | { type: 'DRAG_CANCEL' }
  | { type: 'DROP'; to: string }
  | { type: 'REQUEST'; request: MoveRequest }
  | { type: 'SUBMIT_FIELDS'; fields: Fields }
  | { type: 'CANCEL' }
  | { type: 'DISMISS' };

const initialContext: MoveContext = {
  request: null,
  move: null,
  fields: {},
  error: null,
  done: null,
};

export const moveMachine = setup({
  types: { context: {} as MoveContext, events: {} as MoveEvent },
  actors: {
    check: fromPromise<CheckResult, MoveRequest>(async () => ({
      ok: false,
      reason: 'Moves are not connected.',
    })),
    commit: fromPromise<void, CommitInput>(async () => {
      throw new Error('Moves are not connected.');
    }),
  },
  actions: {
    /** Show the card in its new column before the server answers. */
    showMoved: (_, _params: { cardId: string; to: string }) => {},
    /** Put it back (refused, failed, or cancelled). */
    putBack: (_, _params: { cardId: string }) => {},
    startDrag: assign(({ event }) =>
      event.type === 'DRAG_START'
        ? { ...initialContext, request: { cardId: event.cardId, from: event.from, to: event.from } }
        : {},
    ),
    startRequest: assign(({ event }) =>
      event.type === 'REQUEST' ? { ...initialContext, request: event.request } : {},
    ),
  },
  guards: {
    needsFields: ({ context }) => (context.move?.missing.length ?? 0) > 0,
  },
}).createMachine({
  id: 'move',
  context: initialContext,
  initial: 'idle',
  states: {
    idle: {
      on: {
        DRAG_START: { target: 'dragging', actions: 'startDrag' },
        REQUEST: { target: 'checking', actions: 'startRequest' },
      },
    },
    dragging: {
      on: {
        DROP: [
          {
            guard: ({ context, event }) => context.request?.from === event.to,
            target: 'idle',
          },
          {
            target: 'checking',
            actions: assign({
              request: ({ context, event }) =>
                context.request ? { ...context.request, to: event.to } : null,
            }),
          },
        ],
        DRAG_CANCEL: 'idle',
      },
    },
    checking: {
      invoke: {
        src: 'check',
        input: ({ context }) => context.request!,
        onDone: [
          {
            guard: ({ event }) => event.output.ok,
            target: 'deciding',
            actions: assign({ move: ({ event }) => (event.output.ok ? event.output.move : null) }),
          },
          {
            target: 'failed',
            actions: assign({
              error: ({ event }) => (event.output.ok ? null : event.output.reason),
            }),
          },
        ],
        onError: {
          target: 'failed',
          actions: assign({ error: ({ event }) => errorText(event.error) }),
        },
      },
    },
    deciding: {
      always: [{ guard: 'needsFields', target: 'askingFields' }, { target: 'committing' }],
    },
    askingFields: {
      on: {
        SUBMIT_FIELDS: {
          target: 'committing',
          actions: assign({ fields: ({ event }) => event.fields }),
        },
        CANCEL: { target: 'idle' },
      },
    },
    committing: {
      entry: {
        type: 'showMoved',
        params: ({ context }) => ({ cardId: context.request!.cardId, to: context.move!.to }),
      },
      invoke: {
        src: 'commit',
        input: ({ context }) => ({
          cardId: context.request!.cardId,
          move: context.move!,
          fields: context.fields,
        }),
        onDone: {
          target: 'idle',
          actions: assign({
            done: ({ context }) =>
              boardT()('moves.movedTo', {
                stage: context.move?.toLabel ?? boardT()('moves.theNewStage'),
              }),
          }),
        },
        onError: {
          target: 'failed',
          actions: [
            { type: 'putBack', params: ({ context }) => ({ cardId: context.request!.cardId }) },
            assign({ error: ({ event }) => errorText(event.error) }),
          ],
        },
      },
    },
    failed: {
      on: {
        DISMISS: 'idle',
        DRAG_START: { target: 'dragging', actions: 'startDrag' },
        REQUEST: { target: 'checking', actions: 'startRequest' },
      },
    },
  },
});

function errorText(error: unknown): string {
  return error instanceof Error && error.message ? error.message : boardT()('moves.failed');
}
