import '../../../../test/admin/xyflow-jsdom.ts';
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderEditor, sample } from '../../../../test/admin/render-editor.tsx';

async function definitionJson(user: UserEvent) {
  await user.click(screen.getByRole('tab', { name: /JSON/ }));
  return JSON.parse((screen.getByLabelText('Definition JSON') as HTMLTextAreaElement).value);
}

// A whole editor with its diagram renders per keystroke; jsdom on a small CI machine needs time.
describe('SLA and timer forms', { timeout: 30_000 }, () => {
  it('adds an SLA target with its thresholds and who is told at the breach', async () => {
    const user = userEvent.setup();
    renderEditor(sample);
    await user.click(screen.getByRole('tab', { name: /SLA/ }));
    expect(screen.getByText('No SLA targets.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '+ Add target' }));
    const target = screen.getByRole('listitem', { name: 'SLA target New target' });
    const label = within(target).getByLabelText('Label');
    await user.clear(label);
    await user.type(label, 'First reply');
    const within_ = within(target).getByLabelText('Breached after');
    await user.clear(within_);
    await user.type(within_, '8');
    await user.selectOptions(within(target).getByLabelText('Breached after: unit'), 'hours');
    await user.type(within(target).getByLabelText('Warning after'), '6');
    const breach = within(target).getByRole('group', { name: 'At the breach, tell' });
    await user.click(within(breach).getByRole('checkbox', { name: 'Manager' }));
    expect((await definitionJson(user)).slaPolicy).toEqual({
      targets: [
        {
          key: 'target_1',
          label: 'First reply',
          within: { amount: 8, unit: 'hours' },
          warnAfter: { amount: 6, unit: 'hours' },
          escalate: { breach: ['manager'] },
        },
      ],
    });

    // Removing the last target removes the policy.
    await user.click(screen.getByRole('tab', { name: /SLA/ }));
    await user.click(screen.getByRole('button', { name: 'Remove SLA target First reply' }));
    expect(await definitionJson(user)).not.toHaveProperty('slaPolicy');
  });

  it('times a transition and names the roles its move tells', async () => {
    const user = userEvent.setup();
    renderEditor(sample);
    await user.click(screen.getByRole('tab', { name: /Transitions/ }));
    const panel = screen.getByRole('listitem', { name: 'Transition Start review' });
    if (!within(panel).queryByLabelText('Fires by itself after'))
      await user.click(
        within(panel).getByRole('button', { name: /Start review/, expanded: false }),
      );
    await user.type(within(panel).getByLabelText('Fires by itself after'), '7');
    await user.selectOptions(within(panel).getByLabelText('Fires by itself after: unit'), 'days');
    const notify = within(panel).getByRole('group', {
      name: 'Tell these roles when the move is made',
    });
    await user.click(within(notify).getByRole('checkbox', { name: 'Manager' }));
    const [transition] = (await definitionJson(user)).transitions;
    expect(transition).toMatchObject({ after: { amount: 7, unit: 'days' }, notify: ['manager'] });
  });
});
