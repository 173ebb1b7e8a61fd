// Dragging a card whose move depends on a linked card (a guard `{ linked, category }`): the board
// reads the card's links when it is picked up, so the preview refuses with the server's sentence
// naming the linked card, and allows the move the moment the linked card moves on elsewhere.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { repairWorkflow, type LinkedCard, type WorkflowDefinition } from '@stageflow/engine';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBoardServer } from '../../test/board/fake-board-server.ts';
import { cardIn, column, me, renderBoard } from '../../test/board/render-board.tsx';
import { forgetLinks } from '../cards/links-store.ts';

afterEach(() => {
  cleanup();
  forgetLinks();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Repairs whose diagnosis waits until the warranty claim that opened them is approved. */
const repairs: WorkflowDefinition = {
  ...repairWorkflow,
  transitions: repairWorkflow.transitions.map((t) =>
    t.event === 'start_diagnosis'
      ? { ...t, guard: { linked: 'warranty', category: ['active', 'done'] } }
      : t,
  ),
};

const mixer = {
  id: 'c-mixer',
  title: 'Mixer M-7',
  stage: 'received',
  fields: { customer: 'Café Nord', equipment: 'Mixer', serialNumber: 'M-7' },
  assignee: null,
  position: 'a0',
  revision: 1,
};

const claim: LinkedCard = {
  id: 'c-claim',
  title: 'Claim W-1',
  workflow: 'warranty',
  workflowName: 'Warranty claims',
  stage: 'submitted',
  stageLabel: 'Submitted',
  category: 'open',
  relation: 'parent',
};

const linkCalls = (server: ReturnType<typeof fakeBoardServer>) =>
  server.calls.filter((c) => c.path === '/api/cards/c-mixer/links');

describe('dragging a card whose move depends on a linked card', () => {
  it('refuses naming the linked card, and allows the move once it has moved, without picking up again', async () => {
    const server = fakeBoardServer({
      cards: [mixer],
      directory: [],
      definition: repairs,
      links: { 'c-mixer': [claim] },
    });
    const user = userEvent.setup();
    renderBoard(me, repairs);
    const card = await cardIn('Received', 'Mixer M-7');
    await waitFor(() => expect(server.listening).toBe(true));

    card.focus();
    await user.keyboard(' '); // pick up
    const diagnosis = await column('Diagnosis');
    await waitFor(() => expect(diagnosis.className).toContain('drop-blocked'));
    // The server's own sentence: the engine names the claim in the way and its stage.
    expect(within(diagnosis).getByRole('note').textContent).toBe(
      '"Claim W-1" (Warranty claims) is still in Submitted.',
    );
    expect(linkCalls(server)).toHaveLength(1);

    // Someone approves the claim on its own board: the preview under the pointer changes.
    server.moveLinked('c-claim', 'warranty', {
      stage: 'approved',
      stageLabel: 'Approved',
      category: 'active',
    });
    await waitFor(() => expect(diagnosis.className).toContain('drop-allowed'));
    expect(within(diagnosis).queryByRole('note')).toBeNull();

    await user.keyboard('{Escape}');
  });

  it('asks for the links once and keeps them for the next drag', async () => {
    const server = fakeBoardServer({
      cards: [mixer],
      directory: [],
      definition: repairs,
      links: { 'c-mixer': [claim] },
    });
    const user = userEvent.setup();
    renderBoard(me, repairs);
    const card = await cardIn('Received', 'Mixer M-7');
    card.focus();
    await user.keyboard(' ');
    await waitFor(async () =>
      expect((await column('Diagnosis')).className).toContain('drop-blocked'),
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('note')).toBeNull());

    card.focus();
    await user.keyboard(' ');
    // Blocked at once this time: the links are known.
    expect((await column('Diagnosis')).className).toContain('drop-blocked');
    expect(linkCalls(server)).toHaveLength(1);
    await user.keyboard('{Escape}');
  });
});
