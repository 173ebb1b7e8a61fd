// Picking up a card: the engine in the browser decides every column's answer at once, from the
// fields the board already holds, and the server is not asked anything.
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBoardServer } from '../../test/board/fake-board-server.ts';
import { cardIn, column, renderBoard } from '../../test/board/render-board.tsx';

afterEach(() => {
  cleanup(); // unmount while the stubs are still in place
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const mixer = {
  id: 'c-mixer',
  title: 'Mixer M-7',
  stage: 'diagnosis',
  // Not on the card face: only the full fields say this repair is under warranty.
  fields: { customer: 'Café Nord', equipment: 'Mixer', serialNumber: 'M-7', underWarranty: true },
  assignee: null,
  position: 'a0',
  revision: 2,
};

describe('dragging a card', () => {
  it('shows where it may go and why not the moment it is picked up, without any request', async () => {
    const server = fakeBoardServer({ cards: [mixer], directory: [] });
    const user = userEvent.setup();
    renderBoard();
    const card = await cardIn('Diagnosis', 'Mixer M-7');
    await waitFor(() => expect(server.listening).toBe(true));
    const before = server.calls.length;

    card.focus();
    await user.keyboard(' '); // pick up

    const quote = await column('Awaiting approval');
    expect(quote.className).toContain('drop-blocked');
    expect(within(quote).getByRole('note').textContent).toBe(
      'Repairs under warranty need no quote: repair them under warranty instead.',
    );
    const inRepair = await column('In repair');
    expect(inRepair.className).toContain('drop-allowed');
    expect(inRepair.textContent).toContain('asks for Diagnosis');
    expect((await column('Closed')).className).toContain('drop-unrelated');

    await act(() => new Promise((r) => setTimeout(r, 100))); // nothing arrives later either
    expect(server.calls.slice(before)).toEqual([]);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('note')).toBeNull());
    expect(server.calls.slice(before)).toEqual([]);
  });
});
