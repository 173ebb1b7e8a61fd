import { repairWorkflow } from '@stageflow/engine';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CardDetail } from '@stageflow/api';
import { CardDetailsForm } from './CardDetailsForm.tsx';

const card: CardDetail = {
  id: 'c1',
  workflow: 'repair',
  version: 1,
  stage: 'diagnosis',
  title: 'Combi oven — fan noise',
  fields: { customer: 'Bistro Lumen', equipment: 'Rational iCombi', serialNumber: 'RC-1' },
  assignee: null,
  position: 'a0',
  enteredAt: '2026-03-01T10:00:00.000Z',
  dueAt: null,
  revision: 4,
  overdue: false,
  createdBy: 'u1',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  snapshot: {
    value: 'diagnosis',
    context: {
      fields: { customer: 'Bistro Lumen', equipment: 'Rational iCombi', serialNumber: 'RC-1' },
      enteredAt: '2026-03-01T10:00:00.000Z',
      dueAt: null,
    },
    status: 'active',
  },
  refs: {},
  moves: [],
};

describe('editing a card’s fields', () => {
  it('refuses to clear a required field, naming it, before anything is sent', async () => {
    const user = userEvent.setup();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    render(
      <CardDetailsForm
        card={card}
        definition={repairWorkflow}
        readOnly={false}
        onSaved={() => {}}
        onConflict={() => {}}
      />,
    );
    const save = screen.getByRole('button', { name: 'Save changes' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true); // nothing changed yet
    await user.clear(screen.getByLabelText(/Customer/));
    await user.click(save);
    expect(screen.getByText('Customer is required.')).toBeTruthy();
    expect(screen.getByLabelText(/Customer/).getAttribute('aria-invalid')).toBe('true');
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it('shows a read-only card to viewers with no save button', () => {
    render(
      <CardDetailsForm
        card={card}
        definition={repairWorkflow}
        readOnly
        onSaved={() => {}}
        onConflict={() => {}}
      />,
    );
    expect((screen.getByLabelText('Title') as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });

  it('shows a field a move stamps (handed over on) but does not let it be edited', async () => {
    const user = userEvent.setup();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    render(
      <CardDetailsForm
        card={card}
        definition={repairWorkflow}
        readOnly={false}
        onSaved={() => {}}
        onConflict={() => {}}
      />,
    );
    expect((screen.getByLabelText(/Handed over on/) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText(/Customer/) as HTMLInputElement).disabled).toBe(false);
    // Text longer than the field takes is refused in the browser with the engine's sentence.
    await user.click(screen.getByLabelText(/Customer/));
    await user.paste('x'.repeat(500));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      screen.getByText('Customer may hold at most 500 characters (this has 512).'),
    ).toBeTruthy();
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });
});
