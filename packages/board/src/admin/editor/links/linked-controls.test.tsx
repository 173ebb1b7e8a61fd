// The editor's forms for linked lifecycles: spawn and signal effects, conditions on linked cards
// and on a referenced record's attribute (`path`), each with the engine's `validate` messages at
// its control, against the published workflows the editor loads (en and ko).
import '../../../../test/admin/xyflow-jsdom.ts';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import {
  repairWorkflow,
  validate,
  warrantyWorkflow,
  type TransitionEffect,
  type WorkflowDefinition,
} from '@stageflow/engine';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderEditor, sample } from '../../../../test/admin/render-editor.tsx';
import { applyLocale } from '../../../i18n/i18n.ts';

const published = [repairWorkflow, warrantyWorkflow];
const lookup = (key: string) => published.find((w) => w.key === key);

beforeEach(() => {
  vi.stubGlobal('fetch', async (input: string) => {
    if (input !== '/api/workflows') return new Response('{}', { status: 404 });
    const workflows = published.map((definition) => ({
      key: definition.key,
      name: definition.name,
      latestVersion: definition.version,
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
      definition,
    }));
    return new Response(JSON.stringify({ workflows }), {
      headers: { 'Content-Type': 'application/json' },
    });
  });
});

afterEach(() => {
  cleanup();
  applyLocale('en');
  vi.unstubAllGlobals();
});

/** The engine's message at `path` for the draft shown in the JSON view. */
async function engineSays(user: UserEvent, path: (string | number)[], locale: 'en' | 'ko' = 'en') {
  const draft = await draftJson(user);
  const problem = validate(draft, locale, lookup).find(
    (p) => JSON.stringify(p.path) === JSON.stringify(path),
  );
  if (!problem) throw new Error(`validate reports nothing at ${path.join('.')}`);
  return problem.message;
}

async function draftJson(user: UserEvent): Promise<WorkflowDefinition> {
  await user.click(screen.getByRole('tab', { name: /JSON/ }));
  const text = (screen.getByLabelText(/Definition JSON|정의 JSON/) as HTMLTextAreaElement).value;
  await user.click(screen.getByRole('tab', { name: /Transitions|전이|처리/ }));
  return JSON.parse(text);
}

async function openApprove(user: UserEvent, name = 'Approve') {
  await user.click(screen.getByRole('tab', { name: /Transitions|전이|처리/ }));
  const item = () => screen.getByRole('listitem', { name: new RegExp(name) });
  const toggle = within(item()).getByRole('button', { name: new RegExp(name), expanded: false });
  await user.click(toggle);
  return item;
}

const withEffects = (effects: TransitionEffect[]): WorkflowDefinition => ({
  ...sample,
  transitions: sample.transitions.map((t) => (t.event === 'approve' ? { ...t, effects } : t)),
});

describe('linked lifecycles in the editor', { timeout: 40_000 }, () => {
  it('opens a linked card in a chosen workflow, maps its fields and says what is missing at the mapping', async () => {
    const user = userEvent.setup();
    renderEditor(sample);
    const approve = await openApprove(user);
    await user.click(within(approve()).getByRole('button', { name: '+ Open a linked card' }));
    // The first published workflow other than this one, by its name.
    // (The JSON view replaces the form's elements: each is found again when used.)
    const spawn = () =>
      within(approve()).getByRole('group', { name: 'Open a card in Equipment repairs' });
    await waitFor(() => spawn());
    expect(
      (within(spawn()).getByLabelText('Open a card in') as HTMLSelectElement).selectedOptions[0]!
        .textContent,
    ).toBe('Equipment repairs');

    // The engine's sentence about the required fields not mapped yet, inside the mapping.
    const mapping = () => within(spawn()).getByRole('group', { name: 'Fields of the new card' });
    const unmapped = await engineSays(user, ['transitions', 1, 'effects', 0, 'spawn', 'fields']);
    expect(unmapped).toMatch(/Customer/);
    await waitFor(() => expect(within(mapping()).getByText(unmapped)).toBeTruthy());

    // Map the customer (a same-named field is read at once), then the equipment as a fixed value.
    await user.click(within(mapping()).getByRole('button', { name: '+ Map a field' }));
    const customer = within(mapping()).getByRole('listitem', { name: 'New card field Customer' });
    expect(
      (within(customer).getByLabelText('Takes its value from') as HTMLSelectElement)
        .selectedOptions[0]!.textContent,
    ).toBe('Customer');
    await user.click(within(mapping()).getByRole('button', { name: '+ Map a field' }));
    const equipment = within(mapping()).getByRole('listitem', { name: 'New card field Equipment' });
    await user.type(within(equipment).getByLabelText('Value'), 'Dough mixer');
    await user.click(within(mapping()).getByRole('button', { name: '+ Map a field' }));
    const serial = within(mapping()).getByRole('listitem', {
      name: 'New card field Serial number',
    });
    // A money amount cannot become a serial number: the engine says so at that row.
    await user.selectOptions(within(serial).getByLabelText('Takes its value from'), 'Amount');
    const wrongType = await engineSays(user, [
      'transitions',
      1,
      'effects',
      0,
      'spawn',
      'fields',
      'serialNumber',
      'field',
    ]);
    await waitFor(() =>
      expect(
        within(
          within(approve()).getByRole('listitem', { name: 'New card field Serial number' }),
        ).getByText(wrongType),
      ).toBeTruthy(),
    );
    await user.selectOptions(
      within(
        within(approve()).getByRole('listitem', { name: 'New card field Serial number' }),
      ).getByLabelText('Takes its value from'),
      'Customer',
    );

    expect((await draftJson(user)).transitions[1]!.effects).toEqual([
      {
        spawn: {
          workflow: 'repair',
          fields: {
            customer: { field: 'customer' },
            equipment: { value: 'Dough mixer' },
            serialNumber: { field: 'customer' },
          },
        },
      },
    ]);
    // Nothing left to say about this effect.
    const draft = await draftJson(user);
    expect(validate(draft, 'en', lookup).filter((p) => p.path.includes('effects'))).toEqual([]);
  });

  it("signals the parent with one of the parent workflow's moves, and names an unknown one at its select", async () => {
    const user = userEvent.setup();
    renderEditor(withEffects([{ signal: { parent: 'warranty', event: 'fix_it' } }]));
    const approve = await openApprove(user);
    const signal = () =>
      within(approve()).getByRole('group', { name: 'Signal the parent in Warranty claims' });
    await waitFor(() => signal());
    const unknown = await engineSays(user, ['transitions', 1, 'effects', 0, 'signal', 'event']);
    expect(unknown).toBe(
      'The Warranty claims workflow has no transition "fix_it" for "Approve" to signal.',
    );
    const event = () => within(signal()).getByLabelText('Move to make on the parent');
    await waitFor(() => expect(event().getAttribute('aria-invalid')).toBe('true'));
    expect(within(signal()).getByText(unknown)).toBeTruthy();

    await user.selectOptions(event(), 'Repair completed');
    await user.click(within(signal()).getByRole('checkbox', { name: /The parent must accept it/ }));
    await waitFor(() => expect(within(signal()).queryByText(unknown)).toBeNull());
    expect(event().getAttribute('aria-invalid')).toBe('false');
    expect((await draftJson(user)).transitions[1]!.effects).toEqual([
      { signal: { parent: 'warranty', event: 'repair_completed', required: true } },
    ]);
  });

  it('builds a condition on linked cards: the workflow and the stage categories', async () => {
    const user = userEvent.setup();
    renderEditor(sample);
    const approve = await openApprove(user);
    await user.click(within(approve()).getByRole('button', { name: '+ Add a condition' }));
    await user.selectOptions(
      within(approve()).getByLabelText('Condition type'),
      'Stage of linked cards',
    );
    const condition = () => within(approve()).getByRole('group', { name: 'Stage of linked cards' });
    const workflow = () => within(condition()).getByLabelText('Linked workflow');
    // The published workflows by name, once the editor has them.
    await waitFor(() =>
      expect(within(workflow()).getByRole('option', { name: 'Warranty claims' })).toBeTruthy(),
    );
    await user.selectOptions(workflow(), 'Equipment repairs');
    const categories = () =>
      within(condition()).getByRole('group', {
        name: 'Every one of them is in a stage of category',
      });
    expect(
      (within(categories()).getByRole('checkbox', { name: 'Done' }) as HTMLInputElement).checked,
    ).toBe(true);
    await user.click(within(categories()).getByRole('checkbox', { name: 'Done' }));
    // No category at all is not a condition: the engine says so at the checkboxes.
    const empty = await engineSays(user, ['transitions', 1, 'guard', 'category']);
    await waitFor(() => expect(within(categories()).getByText(empty)).toBeTruthy());
    await user.click(within(categories()).getByRole('checkbox', { name: 'Cancelled' }));
    await user.selectOptions(workflow(), 'Warranty claims');
    expect((await draftJson(user)).transitions[1]!.guard).toEqual({
      linked: 'warranty',
      category: ['cancelled'],
    });
  });

  it('compares an attribute of the record a reference field points at (a path condition)', async () => {
    const user = userEvent.setup();
    renderEditor({
      ...sample,
      fields: [...sample.fields, { key: 'unit', label: 'Unit', type: 'equipment' }],
    });
    const approve = await openApprove(user);
    await user.click(within(approve()).getByRole('button', { name: '+ Add a condition' }));
    await user.selectOptions(within(approve()).getByLabelText('Field'), 'Unit › Purchase date');
    // A date attribute compares as a date.
    await user.selectOptions(within(approve()).getByLabelText('Comparison'), 'is before');
    const guard = (await draftJson(user)).transitions[1]!.guard;
    expect(guard).toMatchObject({ field: 'unit', path: 'purchaseDate', op: 'lt' });
    expect(typeof (guard as { value: unknown }).value).toBe('string');
    // Changing the comparison keeps reading the attribute.
    await user.selectOptions(within(approve()).getByLabelText('Comparison'), 'is filled');
    expect((await draftJson(user)).transitions[1]!.guard).toEqual({
      field: 'unit',
      path: 'purchaseDate',
      op: 'present',
    });
  });

  it('speaks Korean: the controls and the engine’s messages', async () => {
    applyLocale('ko');
    const user = userEvent.setup();
    renderEditor(withEffects([{ spawn: { workflow: 'repair' } }]));
    const approve = await openApprove(user);
    const spawn = await within(approve()).findByRole('group', { name: '카드 만들기: 장비 수리' });
    const mapping = within(spawn).getByRole('group', { name: '새 카드의 항목' });
    const unmapped = await engineSays(
      user,
      ['transitions', 1, 'effects', 0, 'spawn', 'fields'],
      'ko',
    );
    expect(unmapped).toMatch(/고객/);
    await waitFor(() => expect(within(mapping).getByText(unmapped)).toBeTruthy());
    expect(within(mapping).getByRole('button', { name: '+ 항목 연결' })).toBeTruthy();
    expect(
      within(approve()).getByRole('button', { name: '+ 이 카드를 만든 카드에 신호 보내기' }),
    ).toBeTruthy();
  });
});
