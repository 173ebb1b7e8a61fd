import '../../../../test/admin/xyflow-jsdom.ts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkflowDefinition } from '@stageflow/engine';
import { fakeApi } from '../../../../test/admin/fake-api.ts';
import { renderEditor, sample } from '../../../../test/admin/render-editor.tsx';
import type { WorkflowDetail } from '@stageflow/api';

const base: WorkflowDetail = {
  key: 'claims',
  name: 'Claims',
  latestVersion: 1,
  createdAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-01T09:00:00.000Z',
  definition: sample,
  versions: [{ version: 1, publishedBy: 'u1', publishedAt: '2025-03-01T09:00:00.000Z' }],
};

const published = (body: unknown) => ({
  body: {
    key: 'claims',
    version: 2,
    publishedBy: 'u1',
    publishedAt: '2025-03-02T10:00:00.000Z',
    definition: body,
  },
});
const users = () => ({
  body: [
    {
      id: 'u1',
      email: 'ada@example.com',
      name: 'Ada Admin',
      role: 'admin',
      disabled: false,
      createdAt: '2025-03-01T09:00:00.000Z',
    },
  ],
});

afterEach(() => vi.unstubAllGlobals());

/** Replace the Review stage by "Assessment" (new key): cards in Review are stranded. */
async function renameReviewStage(user: ReturnType<typeof userEvent.setup>) {
  const row = screen.getByRole('listitem', { name: 'Stage Review' });
  await user.clear(within(row).getByLabelText('Key'));
  await user.type(within(row).getByLabelText('Key'), 'assessment');
  await user.clear(within(row).getByLabelText('Label'));
  await user.type(within(row).getByLabelText('Label'), 'Assessment');
}

describe('publishing', { timeout: 30_000 }, () => {
  it('asks where the cards of a removed stage go, then publishes and migrates with that mapping', async () => {
    const calls = fakeApi({
      'GET /api/users': users,
      'POST /api/workflows/claims/validate': () => ({
        body: {
          valid: true,
          problems: [],
          plan: {
            removedStages: ['review'],
            addedStages: ['assessment'],
            changedFields: [],
            removedFields: [],
            addedFields: [],
            newlyRequired: [],
          },
          strandedCards: [{ stage: 'review', count: 3 }],
          strandedTotal: 3,
        },
      }),
      'PUT /api/workflows/claims': published,
      'POST /api/workflows/claims/migrations': () => ({
        body: {
          key: 'claims',
          fromVersion: 1,
          toVersion: 2,
          migrated: 3,
          moves: [{ from: 'review', to: 'assessment', count: 3 }],
        },
      }),
    });
    const user = userEvent.setup();
    renderEditor(sample, base);
    await renameReviewStage(user);
    await user.click(screen.getByRole('button', { name: 'Publish…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Publish version 2 of Claims' });
    const target = await within(dialog).findByLabelText(/Review — 3 cards go to/);
    const publish = within(dialog).getByRole('button', { name: 'Publish version 2' });
    expect((publish as HTMLButtonElement).disabled).toBe(true);
    expect(within(dialog).getByText('Removed stages: Review')).toBeTruthy();

    await user.selectOptions(target, 'assessment');
    await user.click(publish);

    await waitFor(() =>
      expect(calls.some((c) => c.path === '/api/workflows/claims/migrations')).toBe(true),
    );
    const put = calls.find((c) => c.method === 'PUT')!;
    expect((put.body as WorkflowDefinition).stages.map((s) => s.key)).toEqual([
      'new',
      'assessment',
      'approved',
      'rejected',
    ]);
    const migration = calls.find((c) => c.path === '/api/workflows/claims/migrations')!;
    expect(migration.body).toEqual({
      fromVersion: 1,
      toVersion: 2,
      stageMap: { review: 'assessment' },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('goes straight to publishing when no card is stranded', async () => {
    fakeApi({
      'GET /api/users': users,
      'POST /api/workflows/claims/validate': () => ({
        body: {
          valid: true,
          problems: [],
          plan: {
            removedStages: [],
            addedStages: [],
            changedFields: [],
            removedFields: [],
            addedFields: [],
            newlyRequired: [],
          },
          strandedCards: [],
          strandedTotal: 0,
        },
      }),
    });
    const user = userEvent.setup();
    renderEditor(sample, base);
    const name = screen.getByLabelText('Workflow name');
    await user.type(name, ' and returns');
    await user.click(screen.getByRole('button', { name: 'Publish…' }));
    const dialog = await screen.findByRole('dialog');
    const publish = await within(dialog).findByRole('button', { name: 'Publish version 2' });
    await waitFor(() => expect((publish as HTMLButtonElement).disabled).toBe(false));
    expect(
      within(dialog).queryByRole('group', { name: /Move cards out of removed stages/ }),
    ).toBeNull();
  });

  it("shows the server's refusal with its problems", async () => {
    fakeApi({
      'GET /api/users': users,
      'POST /api/workflows/claims/validate': () => ({
        body: {
          valid: false,
          problems: [{ path: ['stages', 1, 'label'], message: 'Too long.', code: 'x' }],
          plan: null,
          strandedCards: [],
          strandedTotal: 0,
        },
      }),
    });
    const user = userEvent.setup();
    renderEditor(sample, base);
    await user.type(screen.getByLabelText('Workflow name'), '!');
    await user.click(screen.getByRole('button', { name: 'Publish…' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Stage “Review” › Label: Too long.');
  });

  it('lists the published versions with who published them', async () => {
    fakeApi({ 'GET /api/users': users });
    renderEditor(sample, base);
    const versions = screen.getByRole('region', { name: 'Versions' });
    expect(await within(versions).findByText('Ada Admin')).toBeTruthy();
    expect(within(versions).getByText('v1')).toBeTruthy();
  });
});
