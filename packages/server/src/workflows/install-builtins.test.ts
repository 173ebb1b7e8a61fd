import { warrantyWorkflow } from '@stageflow/engine';
import { expect, it } from 'vitest';
import { eachStore } from '../../test/helpers/stores.ts';
import { installBuiltins } from './install-builtins.ts';
import { findWorkflowRow } from './workflow.repository.ts';

eachStore('installBuiltins', (t) => {
  /** Pretends the database was installed by an older release whose warranty claim had other fields. */
  async function olderWarrantyInstalled(publishedBy = 'system') {
    await installBuiltins(t.store, '2026-01-01T00:00:00.000Z');
    const older = { ...warrantyWorkflow, version: 1, description: 'The release before units.' };
    await t.store.db
      .updateTable('workflow_versions')
      .set({ definition: JSON.stringify(older), published_by: publishedBy })
      .where('workflow_key', '=', 'warranty')
      .execute();
  }

  it('installs every built-in once, then finds nothing to do', async () => {
    expect(await installBuiltins(t.store)).toEqual([
      'deal',
      'repair',
      'return',
      'warranty',
      'purchase_order',
    ]);
    expect(await installBuiltins(t.store)).toEqual([]);
  });

  it('publishes a changed built-in as the next version, leaving version 1 for its cards', async () => {
    await olderWarrantyInstalled();
    expect(await installBuiltins(t.store)).toEqual(['warranty']);
    expect((await findWorkflowRow(t.store.db, 'warranty'))?.latest_version).toBe(2);
    const versions = await t.store.db
      .selectFrom('workflow_versions')
      .select(['version', 'definition'])
      .where('workflow_key', '=', 'warranty')
      .orderBy('version')
      .execute();
    expect(versions.map((v) => JSON.parse(v.definition).description)).toEqual([
      'The release before units.',
      warrantyWorkflow.description,
    ]);
    expect(await installBuiltins(t.store)).toEqual([]);
  });

  it('leaves a built-in alone once an admin has published it', async () => {
    await olderWarrantyInstalled('u-admin');
    expect(await installBuiltins(t.store)).toEqual([]);
    expect((await findWorkflowRow(t.store.db, 'warranty'))?.latest_version).toBe(1);
  });
});
