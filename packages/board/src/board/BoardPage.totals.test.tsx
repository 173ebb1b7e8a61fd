// Column counts and money totals start from the server's numbers and follow every live change (each
// carries what the card was): a live move, an edit and a move from the drawer all show in them.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBoardServer, type FakeCard } from '../../test/board/fake-board-server.ts';
import { cardIn, column, renderBoard, totalOf } from '../../test/board/render-board.tsx';

afterEach(() => {
  cleanup(); // unmount while the stubs are still in place
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const quoted = (id: string, title: string, quoteAmount: number, position: string): FakeCard => ({
  id,
  title,
  stage: 'awaiting_approval',
  fields: {
    customer: 'Hotel Aurora',
    equipment: title,
    serialNumber: id,
    underWarranty: false,
    diagnosis: 'Worn out',
    quoteAmount,
  },
  assignee: null,
  position,
  revision: 3,
});
const dishwasher = quoted('c-dw', 'Dishwasher DW-5', 240, 'a0');
const fryer = quoted('c-fr', 'Fryer F-2', 100, 'a1');

async function countOf(label: string) {
  return (await column(label)).querySelector('.column-count')?.textContent;
}

describe('column totals', () => {
  it('move with another person’s live change, at once', async () => {
    const server = fakeBoardServer({ cards: [dishwasher, fryer], directory: [] });
    renderBoard();
    // The first render of the file (catalogues, engine, board) is slow on a busy 2-core machine.
    await waitFor(async () => expect(await totalOf('Awaiting approval')).toBe('€340.00'), {
      timeout: 5000,
    });
    expect(await totalOf('In repair')).toBe('');
    await waitFor(() => expect(server.listening).toBe(true));

    server.pushChange('card.moved', { ...dishwasher, stage: 'in_repair', revision: 4 });
    await waitFor(async () => expect(await totalOf('In repair')).toBe('€240.00'));
    expect(await totalOf('Awaiting approval')).toBe('€100.00');
    expect(await countOf('Awaiting approval')).toBe('1');
    expect(await countOf('In repair')).toBe('1');

    // A live edit of the quote alone (nothing on the card face changes) moves the total too.
    server.pushChange('card.updated', {
      ...fryer,
      fields: { ...fryer.fields, quoteAmount: 99.5 },
      revision: 4,
    });
    await waitFor(async () => expect(await totalOf('Awaiting approval')).toBe('€99.50'));
  });

  it('follow an edit and a move made in the card drawer', async () => {
    fakeBoardServer({ cards: [dishwasher, fryer], directory: [] });
    const user = userEvent.setup();
    renderBoard();
    await waitFor(async () => expect(await totalOf('Awaiting approval')).toBe('€340.00'));

    await user.click(await cardIn('Awaiting approval', 'Fryer F-2'));
    let drawer = await screen.findByRole('dialog', { name: 'Fryer F-2' });
    const quote = await within(drawer).findByLabelText(/Quote/);
    await user.clear(quote);
    await user.type(quote, '150');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect(await totalOf('Awaiting approval')).toBe('€390.00'));

    drawer = screen.getByRole('dialog', { name: 'Fryer F-2' });
    const approve = await within(drawer).findByRole('button', {
      name: /Customer approved: parts not needed/,
    });
    await waitFor(() => expect((approve as HTMLButtonElement).disabled).toBe(false));
    await user.click(approve);
    await waitFor(async () => expect(await totalOf('In repair')).toBe('€150.00'));
    expect(await totalOf('Awaiting approval')).toBe('€240.00');
  });
});
