import '../../../test/admin/xyflow-jsdom.ts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderEditor, sample } from '../../../test/admin/render-editor.tsx';

const diagram = () => screen.getByRole('figure', { name: 'Workflow diagram' });
const problemsPanel = () => screen.getByRole('region', { name: /problem|ready to publish/i });

/** Opens the sample's "Approve" transition and adds a first condition to its guard. */
async function addConditionToApprove() {
  const user = userEvent.setup();
  renderEditor(sample);
  await user.click(screen.getByRole('tab', { name: /Transitions/ }));
  const approve = screen.getByRole('listitem', { name: 'Transition Approve' });
  await user.click(within(approve).getByRole('button', { name: /Approve/, expanded: false }));
  await user.click(within(approve).getByRole('button', { name: '+ Add a condition' }));
  return { user, approve };
}

// A whole editor with its diagram renders per keystroke; jsdom on a small CI machine needs time.
describe('workflow editor', { timeout: 30_000 }, () => {
  it('adding a stage puts it in the diagram and validation reports it unreachable', async () => {
    const user = userEvent.setup();
    renderEditor(sample);
    // ELK's first layout in jsdom can take seconds on a busy 2-core machine.
    await waitFor(() => expect(within(diagram()).getByText('Review')).toBeTruthy(), {
      timeout: 8000,
    });
    expect(within(problemsPanel()).getByText(/No problems/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '+ Add stage' }));
    const row = screen.getByRole('listitem', { name: 'Stage New stage' });
    const label = within(row).getByLabelText('Label');
    await user.clear(label);
    await user.type(label, 'Inspection');

    await waitFor(() => expect(within(diagram()).getByText('Inspection')).toBeTruthy());
    await waitFor(() =>
      expect(
        within(problemsPanel()).getByText(
          'Stage "Inspection" cannot be reached from the initial stage.',
        ),
      ).toBeTruthy(),
    );
    // The same problem sits beside the stage in the form, and the diagram node is outlined.
    expect(within(row).getByText(/cannot be reached from the initial stage/)).toBeTruthy();
    expect(within(diagram()).getByText('Inspection').closest('.admin-node')?.className).toContain(
      'admin-node--invalid',
    );
  });

  it('builds a guard with the form and produces the matching condition JSON', async () => {
    const { user, approve } = await addConditionToApprove();

    // "Any of": the amount is at most 500, or the purchase date + warranty months is on or after the move.
    await user.selectOptions(within(approve).getByLabelText('Condition type'), 'any');
    const group = within(approve).getByRole('group', { name: 'Any of (or)' });
    const first = within(group).getAllByRole('group', { name: 'Field comparison' })[0]!;
    await user.selectOptions(within(first).getByLabelText('Field'), 'amount');
    await user.selectOptions(within(first).getByLabelText('Comparison'), 'lte');
    const value = within(first).getByLabelText('Value');
    await user.clear(value);
    await user.type(value, '500');

    await user.click(within(group).getByRole('button', { name: '+ Add condition' }));
    const second = within(group).getAllByRole('group', { name: 'Field comparison' })[1]!;
    await user.selectOptions(within(second).getByLabelText('Condition type'), 'dateOffset');
    const offset = within(group).getByRole('group', { name: 'Date plus a period' });
    await user.selectOptions(
      within(offset).getByLabelText('Plus: a number or a field'),
      'warrantyMonths',
    );
    await user.selectOptions(within(offset).getByLabelText('Comparison'), 'gte');
    await user.type(
      within(offset).getByLabelText('Message when not met'),
      'The warranty has expired.',
    );

    await user.click(screen.getByRole('tab', { name: /JSON/ }));
    const json = JSON.parse(
      (screen.getByLabelText('Definition JSON') as HTMLTextAreaElement).value,
    );
    expect(json.transitions[1].guard).toEqual({
      any: [
        { field: 'amount', op: 'lte', value: 500 },
        {
          date: 'purchaseDate',
          plus: { field: 'warrantyMonths' },
          unit: 'months',
          op: 'gte',
          than: 'event',
          message: 'The warranty has expired.',
        },
      ],
    });
    expect(within(problemsPanel()).getByText(/No problems/)).toBeTruthy();
  });

  it('offers the comparisons that suit the field type', async () => {
    const { user, approve } = await addConditionToApprove();
    const options = () =>
      within(within(approve).getByLabelText('Comparison'))
        .getAllByRole('option')
        .map((o) => o.textContent);

    await user.selectOptions(within(approve).getByLabelText('Field'), 'customer');
    expect(options()).toEqual(['is', 'is not', 'is one of', 'is filled', 'is empty']);
    await user.selectOptions(within(approve).getByLabelText('Field'), 'purchaseDate');
    expect(options()).toContain('is on or after');
    expect((within(approve).getByLabelText('Value') as HTMLInputElement).type).toBe('date');
  });

  it('shows a transition to a deleted stage as a problem next to its "To" input', async () => {
    const user = userEvent.setup();
    renderEditor(sample);
    await user.click(screen.getByRole('button', { name: 'Remove stage Review' }));
    await user.click(screen.getByRole('tab', { name: /Transitions/ }));

    const startReview = screen.getByRole('listitem', { name: 'Transition Start review' });
    await waitFor(() => expect(within(startReview).getByText('1 problem')).toBeTruthy());
    await user.click(
      within(startReview).getByRole('button', { name: /Start review/, expanded: false }),
    );
    const to = within(startReview).getByLabelText('To');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(to.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(described?.textContent).toContain(
      '"Start review" goes to "review", which is not a stage.',
    );
    // The diagram draws the dangling target as a missing stage.
    expect(within(diagram()).getByText('review')).toBeTruthy();
  });

  it('focuses the offending input when a problem in the list is clicked', async () => {
    const user = userEvent.setup();
    renderEditor(sample);
    const wip = within(screen.getByRole('listitem', { name: 'Stage Review' })).getByLabelText(
      'WIP limit',
    );
    fireEvent.change(wip, { target: { value: '0' } });
    await user.click(screen.getByRole('tab', { name: /Fields/ }));

    const item = await within(problemsPanel()).findByRole('button', {
      name: /Stage “Review” › WIP limit/,
    });
    await user.click(item);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(screen.getByRole('listitem', { name: 'Stage Review' })).getByLabelText('WIP limit'),
      ),
    );
  });

  it('reorders stages with the arrow buttons', async () => {
    const user = userEvent.setup();
    renderEditor(sample);
    await user.click(screen.getByRole('button', { name: 'Move Approved down' }));
    const names = within(screen.getByRole('list', { name: 'Stages' }))
      .getAllByRole('listitem')
      .map((li) => li.getAttribute('aria-label'));
    expect(names).toEqual(['Stage New', 'Stage Review', 'Stage Rejected', 'Stage Approved']);
  });

  it('applies an edited JSON definition, and refuses JSON that does not parse or fit the format', async () => {
    const user = userEvent.setup();
    renderEditor(sample);
    await user.click(screen.getByRole('tab', { name: /JSON/ }));
    const text = screen.getByLabelText('Definition JSON') as HTMLTextAreaElement;
    fireEvent.change(text, { target: { value: '{ "key": ' } });
    await user.click(screen.getByRole('button', { name: 'Apply JSON' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Not valid JSON/);

    const edited = structuredClone(sample);
    (edited.stages[1] as { wipLimit?: unknown }).wipLimit = 'three';
    fireEvent.change(text, { target: { value: JSON.stringify(edited) } });
    await user.click(screen.getByRole('button', { name: 'Apply JSON' }));
    expect(screen.getByRole('alert').textContent).toMatch(/stages\.1\.wipLimit/);

    edited.stages[1] = { ...sample.stages[1]!, label: 'Assessment', wipLimit: 3 };
    fireEvent.change(text, { target: { value: JSON.stringify(edited) } });
    await user.click(screen.getByRole('button', { name: 'Apply JSON' }));
    await user.click(screen.getByRole('tab', { name: /Stages/ }));
    const row = screen.getByRole('listitem', { name: 'Stage Assessment' });
    expect((within(row).getByLabelText('WIP limit') as HTMLInputElement).value).toBe('3');
  });
});
