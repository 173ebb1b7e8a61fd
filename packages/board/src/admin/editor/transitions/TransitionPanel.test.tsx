import '../../../../test/admin/xyflow-jsdom.ts';
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderEditor, sample } from '../../../../test/admin/render-editor.tsx';

const startReview = () => screen.getByRole('listitem', { name: 'Transition Start review' });

async function openStartReview(user: UserEvent) {
  await user.click(screen.getByRole('tab', { name: /Transitions/ }));
  const panel = startReview();
  if (!within(panel).queryByRole('group', { name: 'Required fields' }))
    await user.click(within(panel).getByRole('button', { name: /Start review/, expanded: false }));
  return startReview();
}

async function transitionJson(user: UserEvent) {
  await user.click(screen.getByRole('tab', { name: /JSON/ }));
  const text = (screen.getByLabelText('Definition JSON') as HTMLTextAreaElement).value;
  return JSON.parse(text).transitions[0];
}

// A whole editor with its diagram renders per keystroke; jsdom on a small CI machine needs time.
describe('transition panel checklists', { timeout: 30_000 }, () => {
  it('moves from several ticked stages, and keeps a removed stage ticked as unknown until unticked', async () => {
    const user = userEvent.setup();
    renderEditor(sample);
    let panel = await openStartReview(user);
    await user.selectOptions(within(panel).getByLabelText('From: which stages'), 'several');
    const stages = within(panel).getByRole('group', { name: 'From stages' });
    expect(
      (within(stages).getByRole('checkbox', { name: 'New' }) as HTMLInputElement).checked,
    ).toBe(true);
    await user.click(within(stages).getByRole('checkbox', { name: 'Approved' }));
    expect((await transitionJson(user)).from).toEqual(['new', 'approved']);

    await user.click(screen.getByRole('tab', { name: /Stages/ }));
    await user.click(screen.getByRole('button', { name: 'Remove stage Approved' }));
    panel = await openStartReview(user);
    const unknown = within(panel).getByRole('checkbox', { name: 'approved (unknown stage)' });
    expect((unknown as HTMLInputElement).checked).toBe(true);
    await user.click(unknown);
    expect((await transitionJson(user)).from).toEqual(['new']);
  });

  it('requires the ticked fields, and keeps a removed field ticked as unknown until unticked', async () => {
    const user = userEvent.setup();
    renderEditor(sample);
    let panel = await openStartReview(user);
    const fields = within(panel).getByRole('group', { name: 'Required fields' });
    await user.click(within(fields).getByRole('checkbox', { name: 'Purchase date' }));
    await user.click(within(fields).getByRole('checkbox', { name: 'Amount' }));
    expect((await transitionJson(user)).requires).toEqual(['purchaseDate', 'amount']);

    await user.click(screen.getByRole('tab', { name: /Fields/ }));
    await user.click(screen.getByRole('button', { name: 'Remove field Amount' }));
    panel = await openStartReview(user);
    const unknown = within(panel).getByRole('checkbox', { name: 'amount (unknown field)' });
    expect((unknown as HTMLInputElement).checked).toBe(true);
    await user.click(unknown);
    await user.click(within(panel).getByRole('checkbox', { name: 'Purchase date' }));
    // Nothing required any more: the key is left out rather than written as [].
    expect(await transitionJson(user)).not.toHaveProperty('requires');
  });
});
