import { render } from '@testing-library/react';
import type { WorkflowDefinition } from '@stageflow/engine';
import { WorkflowEditor } from '../../src/admin/editor/WorkflowEditor.tsx';
import type { WorkflowDetail } from '@stageflow/api';

/** The editor on a definition, as an admin creating it (no server needed) or editing `base`. */
export function renderEditor(def: WorkflowDefinition, base: WorkflowDetail | null = null) {
  return render(
    <WorkflowEditor base={base} initial={structuredClone(def)} onPublished={() => undefined} />,
  );
}

/** A small workflow the tests can reason about. */
export const sample: WorkflowDefinition = {
  key: 'claims',
  name: 'Claims',
  version: 1,
  fields: [
    { key: 'customer', label: 'Customer', type: 'text', required: true },
    { key: 'purchaseDate', label: 'Purchase date', type: 'date' },
    { key: 'warrantyMonths', label: 'Warranty months', type: 'number' },
    { key: 'amount', label: 'Amount', type: 'money', currency: 'EUR' },
  ],
  stages: [
    { key: 'new', label: 'New', category: 'open' },
    { key: 'review', label: 'Review', category: 'active' },
    { key: 'approved', label: 'Approved', category: 'done' },
    { key: 'rejected', label: 'Rejected', category: 'cancelled' },
  ],
  initial: 'new',
  transitions: [
    { event: 'start_review', label: 'Start review', from: 'new', to: 'review' },
    { event: 'approve', label: 'Approve', from: 'review', to: 'approved' },
    { event: 'reject', label: 'Reject', from: '*', to: 'rejected' },
  ],
};
