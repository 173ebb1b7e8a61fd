import { describe, expect, it } from 'vitest';
import { evaluateCondition, type ConditionScope } from './conditions.ts';
import type { Condition, WorkflowDefinition } from './definition.schema.ts';

const def: WorkflowDefinition = {
  key: 'claims',
  name: 'Claims',
  version: 1,
  fields: [
    { key: 'purchaseDate', label: 'Purchase date', type: 'date' },
    { key: 'claimDate', label: 'Claim date', type: 'date' },
    { key: 'warrantyMonths', label: 'Warranty period', type: 'number' },
    { key: 'amount', label: 'Amount', type: 'money', currency: 'EUR' },
    {
      key: 'result',
      label: 'Inspection result',
      type: 'select',
      options: [
        { value: 'ok', label: 'Resellable' },
        { value: 'damaged', label: 'Damaged' },
      ],
    },
    { key: 'note', label: 'Note', type: 'text' },
  ],
  stages: [{ key: 'a', label: 'A', category: 'open' }],
  initial: 'a',
  transitions: [],
};

const scope = (
  fields: ConditionScope['fields'],
  role: ConditionScope['role'] = 'manager',
): ConditionScope => ({
  fields,
  eventDate: '2025-03-01',
  role,
});
const run = (c: Condition, s: ConditionScope) => evaluateCondition(def, c, s);

const warranty: Condition = {
  date: 'purchaseDate',
  plus: { field: 'warrantyMonths' },
  unit: 'months',
  op: 'gte',
  than: { field: 'claimDate' },
};

describe('conditions', () => {
  it('explains a lapsed warranty with both dates and the period', () => {
    const result = run(
      warranty,
      scope({ purchaseDate: '2024-01-03', warrantyMonths: 12, claimDate: '2025-03-01' }),
    );
    expect(result).toEqual({
      ok: false,
      reasons: [
        'Purchase date 2024-01-03 is more than 12 months before the claim date 2025-03-01.',
      ],
    });
  });

  it('accepts a claim on the last day of the warranty', () => {
    expect(
      run(
        warranty,
        scope({ purchaseDate: '2024-03-01', warrantyMonths: 12, claimDate: '2025-03-01' }),
      ).ok,
    ).toBe(true);
    expect(
      run(
        warranty,
        scope({ purchaseDate: '2024-03-01', warrantyMonths: 12, claimDate: '2025-03-02' }),
      ).ok,
    ).toBe(false);
  });

  it('asks for the date when it is missing instead of guessing', () => {
    expect(run(warranty, scope({ warrantyMonths: 12, claimDate: '2025-03-01' })).reasons).toEqual([
      'Purchase date must be filled in to check this.',
    ]);
  });

  it('checks a date within N days of the event', () => {
    const within: Condition = { date: 'purchaseDate', within: 30, unit: 'days', of: 'event' };
    expect(run(within, scope({ purchaseDate: '2025-02-01' })).ok).toBe(true);
    expect(run(within, scope({ purchaseDate: '2025-01-15' })).reasons).toEqual([
      'Purchase date 2025-01-15 is more than 30 days from today (2025-03-01).',
    ]);
  });

  it('names the option labels, not their codes', () => {
    const c: Condition = { field: 'result', op: 'eq', value: 'ok' };
    expect(run(c, scope({ result: 'damaged' })).reasons).toEqual([
      'Inspection result is Damaged, but it must be Resellable.',
    ]);
    const inList: Condition = { field: 'result', op: 'in', value: ['ok'] };
    expect(run(inList, scope({ result: 'damaged' })).ok).toBe(false);
  });

  it('formats money in its currency when comparing', () => {
    const c: Condition = { field: 'amount', op: 'gt', value: 0 };
    expect(run(c, scope({ amount: 0 })).reasons).toEqual([
      'Amount is €0.00; it must be more than €0.00.',
    ]);
    expect(run(c, scope({ amount: 10 })).ok).toBe(true);
  });

  it('pushes "not" down to the leaves so the sentence stays positive', () => {
    const c: Condition = {
      not: {
        any: [
          { field: 'note', op: 'present' },
          { field: 'amount', op: 'gt', value: 100 },
        ],
      },
    };
    expect(run(c, scope({ amount: 50 })).ok).toBe(true);
    expect(run(c, scope({ note: 'x', amount: 500 })).reasons).toEqual([
      'Note must be empty (it is x).',
      'Amount is €500.00; it must be at most €100.00.',
    ]);
  });

  it('holds "any" when one branch holds and explains every branch when none does', () => {
    const c: Condition = { any: [{ field: 'note', op: 'present' }, { role: ['admin'] }] };
    expect(run(c, scope({}, 'admin')).ok).toBe(true);
    expect(run(c, scope({}, 'manager')).reasons).toEqual([
      'Note must be filled in. Or: Only admins may do this; you are signed in as manager.',
    ]);
  });

  it('uses the author’s message when the definition gives one', () => {
    const c: Condition = {
      field: 'note',
      op: 'present',
      message: 'Write down what the customer said.',
    };
    expect(run(c, scope({})).reasons).toEqual(['Write down what the customer said.']);
  });
});
