// Shared by the domain tests: a small workflow whose rules are easy to read, and three actors.
import type { WorkflowDefinition } from '@stageflow/engine';
import type { Store } from '../../src/db/database.ts';
import { createWorkflow } from '../../src/workflows/workflow.service.ts';
import type { Actor } from '../../src/cards/engine-ctx.ts';

export const admin: Actor = { id: 'u-admin', role: 'admin', name: 'Ada Admin' };
export const manager: Actor = { id: 'u-manager', role: 'manager', name: 'Max Manager' };
export const viewer: Actor = { id: 'u-viewer', role: 'viewer', name: 'Vic Viewer' };

export const T0 = '2026-03-02T09:00:00.000Z';

/** todo → doing → review → done (admins approve); cancel from any open stage. */
export const ticketWorkflow: WorkflowDefinition = {
  key: 'ticket',
  name: 'Tickets',
  version: 1,
  fields: [
    { key: 'customer', label: 'Customer', type: 'text', required: true, showOnCard: true },
    { key: 'amount', label: 'Amount', type: 'money', currency: 'EUR', showOnCard: true },
    { key: 'note', label: 'Note', type: 'text' },
  ],
  stages: [
    { key: 'todo', label: 'To do', category: 'open' },
    {
      key: 'doing',
      label: 'Doing',
      category: 'active',
      wipLimit: 1,
      sla: { amount: 1, unit: 'days' },
    },
    { key: 'review', label: 'Review', category: 'active' },
    { key: 'done', label: 'Done', category: 'done' },
    { key: 'cancelled', label: 'Cancelled', category: 'cancelled' },
  ],
  initial: 'todo',
  transitions: [
    { event: 'start', label: 'Start', from: 'todo', to: 'doing' },
    {
      event: 'submit',
      label: 'Submit for review',
      from: 'doing',
      to: 'review',
      requires: ['note'],
    },
    { event: 'approve', label: 'Approve', from: 'review', to: 'done', roles: ['admin'] },
    { event: 'cancel', label: 'Cancel', from: '*', to: 'cancelled' },
  ],
};

/** Version 2 drops `review`: submitted work goes straight to done. */
export const ticketWorkflowV2: WorkflowDefinition = {
  ...ticketWorkflow,
  version: 2,
  stages: ticketWorkflow.stages.filter((s) => s.key !== 'review'),
  transitions: [
    { event: 'start', label: 'Start', from: 'todo', to: 'doing' },
    { event: 'finish', label: 'Finish', from: 'doing', to: 'done' },
    { event: 'cancel', label: 'Cancel', from: '*', to: 'cancelled' },
  ],
};

export async function installTicketWorkflow(store: Store): Promise<void> {
  await createWorkflow(store, ticketWorkflow, admin, T0);
}

/** The fixture actors as user rows (assignees reference users; tokens need them). Idempotent. */
export async function insertUsers(store: Store, actors: Actor[] = [admin, manager, viewer]) {
  await store.db
    .insertInto('users')
    .values(
      actors.map((a) => ({
        id: a.id,
        email: `${a.id}@example.test`,
        name: a.name ?? a.id,
        role: a.role,
        password_hash: 'x',
        disabled: 0,
        created_at: T0,
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
