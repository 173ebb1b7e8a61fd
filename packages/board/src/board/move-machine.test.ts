import type { Fields, Move } from '@stageflow/engine';
import { describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import {
  moveMachine,
  type CheckResult,
  type CommitInput,
  type MoveRequest,
} from './move-machine.ts';

const move = (over: Partial<Move> = {}): Move => ({
  event: 'start_diagnosis',
  label: 'Start diagnosis',
  to: 'diagnosis',
  toLabel: 'Diagnosis',
  allowed: true,
  requires: [],
  missing: [],
  ...over,
});

function setup(
  opts: {
    check?: (r: MoveRequest) => CheckResult;
    commit?: (i: CommitInput) => Promise<void>;
  } = {},
) {
  const shown: { cardId: string; to: string }[] = [];
  const putBack: string[] = [];
  const commits: CommitInput[] = [];
  const machine = moveMachine.provide({
    actors: {
      check: fromPromise<CheckResult, MoveRequest>(async ({ input }) =>
        opts.check ? opts.check(input) : { ok: true, move: move({ to: input.to }) },
      ),
      commit: fromPromise<void, CommitInput>(async ({ input }) => {
        commits.push(input);
        await opts.commit?.(input);
      }),
    },
    actions: {
      showMoved: (_, params) => void shown.push(params),
      putBack: (_, params) => void putBack.push(params.cardId),
    },
  });
  const actor = createActor(machine).start();
  return { actor, shown, putBack, commits };
}

describe('the move flow', () => {
  it('commits a drop on an allowed column and shows the card there before the server answers', async () => {
    let answer!: () => void;
    const { actor, shown, commits } = setup({
      commit: () => new Promise<void>((r) => (answer = r)),
    });
    actor.send({ type: 'DRAG_START', cardId: 'c1', from: 'received' });
    expect(actor.getSnapshot().value).toBe('dragging');
    actor.send({ type: 'DROP', to: 'diagnosis' });
    await waitFor(actor, (s) => s.matches('committing'));
    expect(shown).toEqual([{ cardId: 'c1', to: 'diagnosis' }]);
    expect(commits[0]).toMatchObject({
      cardId: 'c1',
      move: { event: 'start_diagnosis' },
      fields: {},
    });
    answer();
    const done = await waitFor(actor, (s) => s.matches('idle'));
    expect(done.context.done).toBe('Moved to Diagnosis.');
  });

  it('asks for the fields a move still needs, then sends them with the move', async () => {
    const { actor, commits, shown } = setup({
      check: () => ({
        ok: true,
        move: move({
          to: 'lost',
          toLabel: 'Lost',
          requires: ['lostReason'],
          missing: ['lostReason'],
        }),
      }),
    });
    actor.send({ type: 'DRAG_START', cardId: 'c2', from: 'new' });
    actor.send({ type: 'DROP', to: 'lost' });
    await waitFor(actor, (s) => s.matches('askingFields'));
    expect(shown).toEqual([]); // nothing moves until the form is filled
    const fields: Fields = { lostReason: 'price' };
    actor.send({ type: 'SUBMIT_FIELDS', fields });
    await waitFor(actor, (s) => s.matches('idle'));
    expect(commits).toEqual([expect.objectContaining({ cardId: 'c2', fields })]);
  });

  it('leaves the card where it was when the fields form is cancelled', async () => {
    const { actor, commits, shown } = setup({
      check: () => ({ ok: true, move: move({ missing: ['diagnosis'] }) }),
    });
    actor.send({ type: 'DRAG_START', cardId: 'c3', from: 'received' });
    actor.send({ type: 'DROP', to: 'diagnosis' });
    await waitFor(actor, (s) => s.matches('askingFields'));
    actor.send({ type: 'CANCEL' });
    expect(actor.getSnapshot().value).toBe('idle');
    expect(commits).toEqual([]);
    expect(shown).toEqual([]);
  });

  it('puts the card back and keeps the reason when the server refuses', async () => {
    const { actor, putBack } = setup({
      commit: async () => {
        throw new Error('Only repairs under warranty skip the quote.');
      },
    });
    actor.send({ type: 'DRAG_START', cardId: 'c4', from: 'diagnosis' });
    actor.send({ type: 'DROP', to: 'in_repair' });
    const failed = await waitFor(actor, (s) => s.matches('failed'));
    expect(putBack).toEqual(['c4']);
    expect(failed.context.error).toBe('Only repairs under warranty skip the quote.');
  });

  it('refuses a blocked drop with the engine sentence and never calls the server', async () => {
    const { actor, commits, shown } = setup({
      check: () => ({ ok: false, reason: 'There is no move from Received to Closed.' }),
    });
    actor.send({ type: 'DRAG_START', cardId: 'c5', from: 'received' });
    actor.send({ type: 'DROP', to: 'closed' });
    const failed = await waitFor(actor, (s) => s.matches('failed'));
    expect(failed.context.error).toBe('There is no move from Received to Closed.');
    expect(commits).toEqual([]);
    expect(shown).toEqual([]);
  });

  it('does nothing when a card is dropped back on its own column', () => {
    const check = vi.fn(() => ({ ok: true as const, move: move() }));
    const { actor } = setup({ check });
    actor.send({ type: 'DRAG_START', cardId: 'c6', from: 'received' });
    actor.send({ type: 'DROP', to: 'received' });
    expect(actor.getSnapshot().value).toBe('idle');
    expect(check).not.toHaveBeenCalled();
  });

  it('runs a move requested from the drawer through the same checks', async () => {
    const seen: MoveRequest[] = [];
    const { actor, commits } = setup({
      check: (r) => {
        seen.push(r);
        return { ok: true, move: move({ event: r.event!, to: r.to }) };
      },
    });
    actor.send({
      type: 'REQUEST',
      request: { cardId: 'c7', from: 'received', to: 'cancelled', event: 'cancel' },
    });
    await waitFor(actor, (s) => s.matches('idle') && s.context.done !== null);
    expect(seen[0]).toMatchObject({ event: 'cancel', to: 'cancelled' });
    expect(commits[0]?.move.event).toBe('cancel');
  });

  it('lets a new drag start right after a failure', async () => {
    const { actor } = setup({ check: () => ({ ok: false, reason: 'No.' }) });
    actor.send({ type: 'DRAG_START', cardId: 'c8', from: 'a' });
    actor.send({ type: 'DROP', to: 'b' });
    await waitFor(actor, (s) => s.matches('failed'));
    actor.send({ type: 'DRAG_START', cardId: 'c9', from: 'a' });
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('dragging');
    expect(snap.context).toMatchObject({ error: null, request: { cardId: 'c9' } });
  });
});
