// Reference fields in definitions: where a path into a customer or equipment record is allowed,
// and how guards read the records the caller resolved.
import { describe, expect, it } from 'vitest';
import {
  evaluateCondition,
  validate,
  warrantyWorkflow,
  type Condition,
  type WorkflowDefinition,
} from './index.ts';

const withGuard = (guard: Condition): WorkflowDefinition => {
  const def = structuredClone(warrantyWorkflow);
  def.transitions.find((t) => t.event === 'approve')!.guard = guard;
  return def;
};
const approveAt = warrantyWorkflow.transitions.findIndex((t) => t.event === 'approve');
const problems = (guard: Condition) =>
  validate(withGuard(guard)).map((p) => [p.path.join('.'), p.code]);

describe('reference paths in definitions', () => {
  it('accepts a path into the referenced record with the type the condition needs', () => {
    expect(
      problems({ field: 'unit', path: 'contractExpires', op: 'gte', value: '2025-01-01' }),
    ).toEqual([]);
  });

  it('reports a path on a field that is no reference at its JSON path', () => {
    expect(problems({ field: 'claimDate', path: 'purchaseDate', op: 'present' })).toEqual([
      [`transitions.${approveAt}.guard.path`, 'not_a_reference'],
    ]);
    expect(
      problems({
        date: { field: 'claimDate', path: 'purchaseDate' },
        within: 1,
        unit: 'years',
        of: 'event',
      }),
    ).toEqual([[`transitions.${approveAt}.guard.date.path`, 'not_a_reference']]);
  });

  it('reports an attribute the record does not have, and one of the wrong type', () => {
    expect(problems({ field: 'unit', path: 'colour', op: 'present' })).toEqual([
      [`transitions.${approveAt}.guard.path`, 'unknown_path'],
    ]);
    const wrongType = validate(
      withGuard({
        date: { field: 'unit', path: 'serialNumber' },
        within: { field: 'customer', path: 'name' },
        unit: 'days',
        of: 'event',
      }),
    );
    expect(wrongType.map((p) => [p.path.join('.'), p.message])).toEqual([
      [
        `transitions.${approveAt}.guard.date.path`,
        "The condition needs date here, but Unit's serial number is text.",
      ],
      [
        `transitions.${approveAt}.guard.within.path`,
        "The condition needs number here, but Customer's name is text.",
      ],
    ]);
  });
});

describe('guards reading referenced records', () => {
  const scope = (contractExpires: string | null) => ({
    fields: { unit: 'u-1' },
    eventDate: '2025-03-01',
    role: 'manager' as const,
    refs: { unit: { id: 'u-1', serialNumber: 'SN-1234', contractExpires } },
  });
  const underContract: Condition = {
    field: 'unit',
    path: 'contractExpires',
    op: 'gte',
    value: '2025-03-01',
  };

  it('holds or fails on the attribute and names the unit by its serial', () => {
    expect(evaluateCondition(warrantyWorkflow, underContract, scope('2025-12-31')).ok).toBe(true);
    expect(evaluateCondition(warrantyWorkflow, underContract, scope('2024-12-31'))).toEqual({
      ok: false,
      reasons: [
        "Unit SN-1234's service contract expiry is 2024-12-31; it must be on or after 2025-03-01.",
      ],
    });
  });

  it('treats an attribute the record leaves empty as empty', () => {
    expect(evaluateCondition(warrantyWorkflow, underContract, scope(null)).reasons).toEqual([
      "Unit SN-1234's service contract expiry is empty; it must be at least 2025-03-01.",
    ]);
  });

  it('names a record date it compares against without an article, in English and Korean', () => {
    const beforeExpiry: Condition = {
      date: 'claimDate',
      plus: 0,
      unit: 'days',
      op: 'lte',
      than: { field: 'unit', path: 'contractExpires' },
    };
    const late = { ...scope('2024-12-31'), fields: { unit: 'u-1', claimDate: '2025-03-01' } };
    expect(evaluateCondition(warrantyWorkflow, beforeExpiry, late).reasons).toEqual([
      "Claim date 2025-03-01 must be on or before Unit SN-1234's service contract expiry 2024-12-31.",
    ]);
    const korean = evaluateCondition(warrantyWorkflow, beforeExpiry, { ...late, locale: 'ko' });
    expect(korean.reasons[0]).toContain('장비 SN-1234의 서비스 계약 만료일 2024-12-31');
  });
});
