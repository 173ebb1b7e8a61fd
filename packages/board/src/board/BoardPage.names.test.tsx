// People by name for everyone, not only admins: assignees, the assignee filter and picker, and
// who did what in the history all read the directory (GET /api/users/directory).
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Person, User } from '@stageflow/api';
import { fakeBoardServer, type FakeCard } from '../../test/board/fake-board-server.ts';
import { cardIn, me, renderBoard } from '../../test/board/render-board.tsx';

afterEach(() => {
  cleanup(); // unmount while the stubs are still in place
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const vera: User = {
  id: 'u-vera',
  email: 'vera@example.test',
  name: 'Vera Viewer',
  role: 'viewer',
  locale: null,
};
const directory: Person[] = [
  { id: 'u-quinn', name: 'Quinn Keller', role: 'manager' },
  { id: 'u-me', name: 'Mia Manager', role: 'manager' },
  { id: 'u-vera', name: 'Vera Viewer', role: 'viewer' },
];
const repair = (over: Partial<FakeCard>): FakeCard => ({
  id: 'c-1',
  title: 'Oven O-1',
  stage: 'diagnosis',
  fields: { customer: 'Bistro', equipment: 'Oven', serialNumber: 'O-1' },
  assignee: null,
  position: 'a0',
  revision: 3,
  ...over,
});
const oven = repair({ assignee: 'u-quinn' });
// Assigned to someone who has since been disabled: the directory lists active people only.
const kettle = repair({ id: 'c-2', title: 'Kettle K-2', position: 'a1', assignee: 'u-gone' });
const history = {
  'c-1': [
    {
      revision: 1,
      actorId: 'u-gone',
      kind: 'created' as const,
      fromStage: null,
      toStage: 'received',
      changes: {},
    },
    {
      revision: 2,
      actorId: 'u-quinn',
      kind: 'transition' as const,
      fromStage: 'received',
      toStage: 'diagnosis',
      changes: {},
    },
    {
      revision: 3,
      actorId: 'u-me',
      kind: 'edit' as const,
      fromStage: 'diagnosis',
      toStage: 'diagnosis',
      changes: { fields: { technician: { from: null, to: 'u-quinn' } } },
    },
  ],
};

describe('names on the board for a viewer', () => {
  it('names assignees from the directory, and calls someone it does not list a former user', async () => {
    const server = fakeBoardServer({ cards: [oven, kettle], directory, history });
    renderBoard(vera);
    const ovenCard = await cardIn('Diagnosis', 'Oven O-1');
    await waitFor(() => expect(ovenCard.textContent).toContain('Assigned to Quinn Keller'));
    expect(ovenCard.querySelector('.avatar')?.textContent).toBe('QK');
    const kettleCard = await cardIn('Diagnosis', 'Kettle K-2');
    expect(kettleCard.textContent).toContain('Assigned to Former user');
    expect(document.body.textContent).not.toMatch(/colleague/i);

    const filter = screen.getByRole('combobox', { name: 'Assignee' });
    const options = within(filter)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([
      'Anyone',
      'Assigned to me',
      'Unassigned',
      'Mia Manager',
      'Quinn Keller',
      'Vera Viewer',
    ]);
    await userEvent.setup().selectOptions(filter, 'Quinn Keller');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Kettle K-2' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Oven O-1' })).toBeTruthy();
    expect(server.calls.filter((c) => c.path === '/api/users/directory')).toHaveLength(1);
  });

  it('names who did what in a card’s history', async () => {
    fakeBoardServer({ cards: [oven], directory, history });
    renderBoard(vera);
    await userEvent.setup().click(await cardIn('Diagnosis', 'Oven O-1'));
    const drawer = await screen.findByRole('dialog', { name: 'Oven O-1' });
    const timeline = await within(drawer)
      .findByRole('list', { name: '' })
      .catch(() => drawer);
    await within(drawer).findByText(/moved it/);
    const lines = [...timeline.querySelectorAll('.timeline-item')].map((li) => li.textContent);
    expect(lines[0]).toMatch(/^Mia Manager edited it/);
    expect(lines[0]).toContain('Technician: Quinn Keller');
    expect(lines[1]).toMatch(/^Quinn Keller moved it from Received to Diagnosis/);
    expect(lines[2]).toMatch(/^Former user created the card/);
  });
});

describe('assigning in the drawer', () => {
  it('offers the directory’s people to a manager and saves the one chosen', async () => {
    const server = fakeBoardServer({ cards: [repair({})], directory });
    const user = userEvent.setup();
    renderBoard(me);
    await user.click(await cardIn('Diagnosis', 'Oven O-1'));
    const drawer = await screen.findByRole('dialog', { name: 'Oven O-1' });
    const picker = await within(drawer).findByRole('combobox', { name: 'Assignee' });
    const names = within(picker)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(names).toEqual(['Unassigned', 'Mia Manager', 'Quinn Keller', 'Vera Viewer']);
    const technician = within(drawer).getByRole('combobox', { name: 'Technician' });
    expect(within(technician).getByRole('option', { name: 'Quinn Keller' })).toBeTruthy();

    await user.selectOptions(picker, 'Quinn Keller');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(server.calls.find((c) => c.method === 'PATCH')?.body).toEqual({ assignee: 'u-quinn' }),
    );
    const card = await cardIn('Diagnosis', 'Oven O-1');
    await waitFor(() => expect(card.textContent).toContain('Assigned to Quinn Keller'));
  });
});
