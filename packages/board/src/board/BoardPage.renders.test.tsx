// A move re-renders the card lists of the two columns it changes, not every column: on a board
// of thousands of cards each list is a virtualizer with its tiles, and a drop must stay quick.
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Sortable from '@dnd-kit/sortable';
import { fakeBoardServer, type FakeCard } from '../../test/board/fake-board-server.ts';
import { cardIn, column, renderBoard } from '../../test/board/render-board.tsx';

/** Which column lists rendered (each column's cards sit in a SortableContext `list:<stage>`). */
const listRenders: string[] = [];

vi.mock('@dnd-kit/sortable', async (importOriginal) => {
  const real = await importOriginal<typeof Sortable>();
  function CountedSortableContext(props: ComponentProps<typeof real.SortableContext>) {
    listRenders.push(String(props.id));
    return <real.SortableContext {...props} />;
  }
  return { ...real, SortableContext: CountedSortableContext };
});

afterEach(() => {
  cleanup(); // unmount while the stubs are still in place
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const quoted = (id: string, title: string, stage: string, position: string): FakeCard => ({
  id,
  title,
  stage,
  fields: {
    customer: 'Hotel Aurora',
    equipment: title,
    serialNumber: id,
    underWarranty: false,
    diagnosis: 'Worn out',
    quoteAmount: 100,
  },
  assignee: null,
  position,
  revision: 3,
});
const cards = [
  quoted('c-1', 'Dishwasher DW-5', 'awaiting_approval', 'a0'),
  quoted('c-2', 'Fryer F-2', 'awaiting_approval', 'a1'),
  quoted('c-3', 'Oven O-1', 'diagnosis', 'a0'),
  quoted('c-4', 'Grill G-9', 'in_repair', 'a0'),
  quoted('c-5', 'Kettle K-3', 'received', 'a0'),
];

/** The column lists rendered while `action` runs and the board settles after it. */
async function rendersDuring(action: () => Promise<void>): Promise<string[]> {
  await act(() => new Promise((r) => setTimeout(r, 50)));
  listRenders.length = 0;
  await action();
  await act(() => new Promise((r) => setTimeout(r, 100)));
  return [...new Set(listRenders)].sort();
}

describe('rendering a move', () => {
  it('renders only the lists of the column a card leaves and the one it enters', async () => {
    const server = fakeBoardServer({ cards, directory: [] });
    const user = userEvent.setup();
    renderBoard();
    await cardIn('Received', 'Kettle K-3');
    await waitFor(() => expect(server.listening).toBe(true));

    // Someone else moves a card.
    const live = await rendersDuring(async () => {
      server.pushChange('card.moved', { ...cards[0]!, stage: 'in_repair', revision: 4 });
      await cardIn('In repair', 'Dishwasher DW-5');
    });
    expect(live).toEqual(['list:awaiting_approval', 'list:in_repair']);

    // Opening a card changes no column.
    expect(
      await rendersDuring(async () => {
        await user.click(await cardIn('Awaiting approval', 'Fryer F-2'));
        await screen.findByRole('dialog', { name: 'Fryer F-2' });
      }),
    ).toEqual([]);

    // A move from the drawer: shown at once, then the server's answer.
    const drawer = screen.getByRole('dialog', { name: 'Fryer F-2' });
    const approve = await within(drawer).findByRole('button', {
      name: /Customer approved: parts not needed/,
    });
    await waitFor(() => expect((approve as HTMLButtonElement).disabled).toBe(false));
    const moved = await rendersDuring(async () => {
      await user.click(approve);
      await cardIn('In repair', 'Fryer F-2');
    });
    expect(moved).toEqual(['list:awaiting_approval', 'list:in_repair']);
    expect(within(await column('Awaiting approval')).queryByText('Fryer F-2')).toBeNull();
  });
});
