import { describe, expect, it } from 'vitest';
import { repairWorkflow } from '../builtins/repair.ts';
import { warrantyWorkflow } from '../builtins/warranty.ts';
import { timersFor } from './timers.ts';

describe('timersFor', () => {
  it('arms the timed transitions out of the stage the card entered', () => {
    expect(timersFor(repairWorkflow, 'ready_for_pickup', '2026-11-02T01:00:00.000Z')).toEqual([
      { event: 'pickup_reminder', dueAt: '2026-12-02T01:00:00.000Z' },
    ]);
    expect(timersFor(repairWorkflow, 'awaiting_approval', '2026-11-02T01:00:00.000Z')).toEqual([
      { event: 'escalate_approval', dueAt: '2026-11-09T01:00:00.000Z' },
    ]);
    expect(timersFor(warrantyWorkflow, 'resolved', '2026-11-02T01:00:00.000Z')).toEqual([
      { event: 'close', dueAt: '2026-11-16T01:00:00.000Z' },
    ]);
  });

  it('arms nothing in a stage without timed transitions', () => {
    expect(timersFor(repairWorkflow, 'diagnosis', '2026-11-02T01:00:00.000Z')).toEqual([]);
  });

  it('counts business time on the policy calendar', () => {
    const def = {
      ...repairWorkflow,
      transitions: repairWorkflow.transitions.map((t) =>
        t.event === 'escalate_approval'
          ? { ...t, after: { amount: 2, unit: 'businessDays' as const } }
          : t,
      ),
    };
    // Fri 2026-02-13 17:00 KST: one hour that day, 설날 Mon–Wed, then Thu and Fri.
    expect(timersFor(def, 'awaiting_approval', '2026-02-13T08:00:00.000Z')).toEqual([
      { event: 'escalate_approval', dueAt: '2026-02-20T08:00:00.000Z' },
    ]);
  });
});
