// The move flow as a person meets it: drop, the dialog asks, the move goes out with the values.
import { moves, repairWorkflow, type Ctx } from '@stageflow/engine';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMachine } from '@xstate/react';
import { describe, expect, it } from 'vitest';
import { fromPromise } from 'xstate';
import type { BoardCard } from '../api/types.ts';
import { cardSnapshot, chooseMove } from './drop-targets.ts';
import {
  moveMachine,
  type CheckResult,
  type CommitInput,
  type MoveRequest,
} from './move-machine.ts';
import { MoveFieldsDialog } from './MoveFieldsDialog.tsx';

const ctx: Ctx = { now: '2026-03-02T10:00:00.000Z', actor: { id: 'u1', role: 'manager' } };
const card: BoardCard = {
  id: 'c1',
  overdue: false,
  version: 1,
  stage: 'diagnosis',
  title: 'Dishwasher DW-500',
  fields: {
    customer: 'Hotel Aurora',
    equipment: 'Dishwasher',
    serialNumber: 'DW-1',
    underWarranty: false,
  },
  assignee: null,
  position: 'a0',
  enteredAt: '2026-03-01T10:00:00.000Z',
  dueAt: null,
  revision: 3,
};

/** The board's wiring in miniature: the real engine decides, `commits` records what would be sent. */
function Harness({ commits, refuse }: { commits: CommitInput[]; refuse?: string }) {
  const [state, send] = useMachine(
    moveMachine.provide({
      actors: {
        check: fromPromise<CheckResult, MoveRequest>(async ({ input }) =>
          chooseMove(moves(repairWorkflow, cardSnapshot(card), ctx), input.to, {
            from: 'Diagnosis',
            to: input.to,
          }),
        ),
        commit: fromPromise<void, CommitInput>(async ({ input }) => {
          commits.push(input);
          if (refuse) throw new Error(refuse);
        }),
      },
    }),
  );
  return (
    <div>
      <p role="status">{state.matches('failed') ? state.context.error : String(state.value)}</p>
      <button
        type="button"
        onClick={() => send({ type: 'DRAG_START', cardId: card.id, from: card.stage })}
      >
        pick up
      </button>
      <button type="button" onClick={() => send({ type: 'DROP', to: 'awaiting_approval' })}>
        drop on Awaiting approval
      </button>
      <button type="button" onClick={() => send({ type: 'DROP', to: 'in_repair' })}>
        drop on In repair
      </button>
      {state.matches('askingFields') && state.context.move && (
        <MoveFieldsDialog
          definition={repairWorkflow}
          move={state.context.move}
          cardTitle={card.title}
          onSubmit={(fields) => send({ type: 'SUBMIT_FIELDS', fields })}
          onCancel={() => send({ type: 'CANCEL' })}
        />
      )}
    </div>
  );
}

describe('the fields a move asks for', () => {
  it('asks for the diagnosis and the quote before sending the quote', async () => {
    const user = userEvent.setup();
    const commits: CommitInput[] = [];
    render(<Harness commits={commits} />);
    await user.click(screen.getByRole('button', { name: 'pick up' }));
    await user.click(screen.getByRole('button', { name: 'drop on Awaiting approval' }));

    const dialog = await screen.findByRole('dialog', { name: /Send quote/ });
    expect(dialog.textContent).toMatch('To move Dishwasher DW-500 to Awaiting approval');
    await user.type(screen.getByLabelText(/Diagnosis/), 'Pump worn out');
    await user.type(screen.getByLabelText(/Quote/), '180');
    await user.click(screen.getByRole('button', { name: /Send quote/ }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch('idle'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(commits).toEqual([
      {
        cardId: 'c1',
        move: expect.objectContaining({ event: 'send_quote' }),
        fields: { diagnosis: 'Pump worn out', quoteAmount: 180 },
      },
    ]);
  });

  it('keeps the dialog open and names the empty fields when submitted blank', async () => {
    const user = userEvent.setup();
    const commits: CommitInput[] = [];
    render(<Harness commits={commits} />);
    await user.click(screen.getByRole('button', { name: 'pick up' }));
    await user.click(screen.getByRole('button', { name: 'drop on Awaiting approval' }));
    await screen.findByRole('dialog');
    await user.click(screen.getByRole('button', { name: /Send quote/ }));

    expect(screen.getByText('Diagnosis is needed for this move.')).toBeTruthy();
    expect(screen.getByText('Quote is needed for this move.')).toBeTruthy();
    expect(screen.getByLabelText(/Diagnosis/).getAttribute('aria-invalid')).toBe('true');
    expect(commits).toEqual([]);
  });

  it('closes on Escape without moving the card', async () => {
    const user = userEvent.setup();
    const commits: CommitInput[] = [];
    render(<Harness commits={commits} />);
    await user.click(screen.getByRole('button', { name: 'pick up' }));
    await user.click(screen.getByRole('button', { name: 'drop on Awaiting approval' }));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch('idle');
    expect(commits).toEqual([]);
  });

  it('shows the engine’s reason for a blocked drop and sends nothing', async () => {
    const user = userEvent.setup();
    const commits: CommitInput[] = [];
    render(<Harness commits={commits} />);
    await user.click(screen.getByRole('button', { name: 'pick up' }));
    await user.click(screen.getByRole('button', { name: 'drop on In repair' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/warranty/));
    expect(commits).toEqual([]);
  });

  it('shows the server’s refusal after the form was filled', async () => {
    const user = userEvent.setup();
    const commits: CommitInput[] = [];
    render(<Harness commits={commits} refuse="The card is locked for audit." />);
    await user.click(screen.getByRole('button', { name: 'pick up' }));
    await user.click(screen.getByRole('button', { name: 'drop on Awaiting approval' }));
    await screen.findByRole('dialog');
    await user.type(screen.getByLabelText(/Diagnosis/), 'Leak');
    await user.type(screen.getByLabelText(/Quote/), '90');
    await user.click(screen.getByRole('button', { name: /Send quote/ }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch('The card is locked for audit.'),
    );
  });
});
