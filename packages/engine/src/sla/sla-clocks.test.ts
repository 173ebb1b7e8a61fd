import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../definition.schema.ts';
import { repairWorkflow } from '../builtins/repair.ts';
import { escalationsAt, escalationsFor } from './escalations.ts';
import {
  advanceSlaClocks,
  slaState,
  slaStateOf,
  startSlaClocks,
  type SlaClocks,
  type StageEntry,
} from './sla-state.ts';

const H = 3_600_000;
const STAGES = repairWorkflow.stages.map((s) => s.key);
// The repair policy on the wall clock with a warning that also escalates, so both thresholds and
// both clocks are exercised.
const wallRepair: WorkflowDefinition = {
  ...repairWorkflow,
  slaPolicy: {
    ...repairWorkflow.slaPolicy!,
    targets: repairWorkflow.slaPolicy!.targets.map((t) => ({
      ...t,
      within: { amount: 30, unit: 'hours' as const },
      warnAfter: { amount: 20, unit: 'hours' as const },
      escalate: { warning: ['manager' as const], breach: ['admin' as const] },
    })),
  },
};

// Stage entries in time order (some at the same instant), from Mon 2026-11-23 00:00Z.
const history = fc
  .array(fc.tuple(fc.constantFrom(...STAGES), fc.integer({ min: 0, max: 2 * 24 * H })), {
    minLength: 1,
    maxLength: 25,
  })
  .map((steps) => {
    let t = Date.parse('2026-11-23T00:00:00.000Z');
    return steps.map(([stage, gap]): StageEntry => {
      t += gap - (gap % 60_000);
      return { stage, at: new Date(t).toISOString() };
    });
  });

describe('SLA clocks folded one stage entry at a time', () => {
  for (const definition of [repairWorkflow, wallRepair]) {
    const clock = definition === wallRepair ? 'wall' : 'business';
    it(`plan the same escalations as the whole history (${clock} clock)`, () => {
      fc.assert(
        fc.property(history, (entries) => {
          let clocks: SlaClocks = startSlaClocks(definition);
          entries.forEach((entry, i) => {
            clocks = advanceSlaClocks(definition, clocks, entry);
            expect(escalationsAt(definition, clocks)).toEqual(
              escalationsFor(definition, entries.slice(0, i + 1)),
            );
          });
        }),
      );
    });

    it(`give the same SLA state at any later instant (${clock} clock)`, () => {
      fc.assert(
        fc.property(history, fc.integer({ min: 0, max: 10 * 24 * H }), (entries, after) => {
          let clocks: SlaClocks = startSlaClocks(definition);
          for (const entry of entries) clocks = advanceSlaClocks(definition, clocks, entry);
          const nowMs = Date.parse(entries.at(-1)!.at) + after;
          expect(slaStateOf(definition, clocks, nowMs)).toEqual(
            slaState(definition, entries, new Date(nowMs).toISOString()),
          );
        }),
      );
    });
  }
});
