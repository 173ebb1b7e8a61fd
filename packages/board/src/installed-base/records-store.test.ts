import { moves, warrantyWorkflow, type PersistedCard } from '@stageflow/engine';
import { describe, expect, it } from 'vitest';
import { displayValue } from '../cards/display-value.ts';
import { recordLabel, refsFor, rememberFrom } from './records-store.ts';

const unit = {
  id: 'u-mixer',
  kind: 'equipment',
  serialNumber: 'SN-1234',
  product: 'Dough mixer',
  customer: 'c-huber',
  purchaseDate: '2024-01-03',
  warrantyMonths: 12,
};

const inCheck: PersistedCard = {
  value: 'eligibility_check',
  status: 'active',
  context: {
    fields: { unit: 'u-mixer', claimDate: '2025-03-01', defectDescription: 'Stalls' },
    enteredAt: '2025-03-01T10:00:00.000Z',
    dueAt: null,
  },
};
const ctx = { now: '2025-03-01T12:00:00.000Z', actor: { id: 'u', role: 'manager' as const } };

describe('the records the board’s cards point at', () => {
  it('become the engine’s refs, so the board refuses the late claim the way the server does', () => {
    rememberFrom({ records: { [unit.id]: unit } }, 'records');
    const refs = refsFor(warrantyWorkflow, inCheck.context.fields);
    expect(refs.unit).toMatchObject({ serialNumber: 'SN-1234' });
    const approve = moves(warrantyWorkflow, inCheck, { ...ctx, refs }).find(
      (m) => m.event === 'approve',
    );
    expect(approve).toMatchObject({
      allowed: false,
      reason:
        "Unit SN-1234's purchase date 2024-01-03 is more than 12 months before the claim date 2025-03-01.",
    });
  });

  it('name a unit by serial and product, and leave an unknown id as it is', () => {
    rememberFrom({ refs: { unit } }, 'refs');
    const field = warrantyWorkflow.fields.find((f) => f.key === 'unit');
    expect(displayValue(field, 'u-mixer', (id) => id)).toBe('SN-1234 · Dough mixer');
    expect(displayValue(field, 'u-unknown', (id) => id)).toBe('u-unknown');
    expect(recordLabel({ id: 'c', name: 'Bäckerei Huber' }, '?')).toBe('Bäckerei Huber');
  });
});
