import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addToDate, dueAtFor } from './dates.ts';

describe('date arithmetic', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addToDate('2025-01-31', 1, 'months')).toBe('2025-02-28');
    expect(addToDate('2024-02-29', 1, 'years')).toBe('2025-02-28');
    expect(addToDate('2025-03-01', -30, 'days')).toBe('2025-01-30');
  });

  it('saturates at the ends of the calendar instead of failing', () => {
    expect(addToDate('2024-01-01', 1_000_000_000, 'months')).toBe('9999-12-31');
    expect(addToDate('2024-01-01', -1e12, 'days')).toBe('0000-01-01');
    expect(
      dueAtFor({ sla: { amount: 1e300, unit: 'days' } }, '2025-01-01T00:00:00.000Z'),
    ).toBeNull();
  });

  it('always yields a valid ISO date for any finite amount', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom('days', 'months', 'years' as const),
        (n, unit) => {
          expect(addToDate('2024-06-15', n, unit)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        },
      ),
    );
  });
});
