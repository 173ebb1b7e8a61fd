import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  builtinWorkflows,
  restore,
  start,
  step,
  type Ctx,
  type Fields,
  type PersistedCard,
} from './index.ts';
import { sampleCard, sampleValue } from './testing/satisfy.ts';
import type { WorkflowDefinition } from './definition.schema.ts';

const roles = ['admin', 'manager', 'viewer'] as const;

/** A random move: any event of the workflow (or a bogus one), random field values, a random actor and day. */
function arbitraryMove(def: WorkflowDefinition) {
  const value = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -5, max: 100 }),
    fc.constantFrom('2023-01-31', '2024-02-29', '2025-03-01', 'not a date'),
    ...def.fields.map((f) => fc.constant(sampleValue(f))),
    ...def.fields.flatMap((f) => (f.options ?? []).map((o) => fc.constant(o.value))),
  );
  return fc.record({
    type: fc.oneof(fc.constantFrom(...def.transitions.map((t) => t.event)), fc.constant('bogus')),
    fields: fc.option(
      fc.dictionary(fc.constantFrom(...def.fields.map((f) => f.key)), value, { maxKeys: 3 }),
      {
        nil: undefined,
      },
    ),
    role: fc.constantFrom(...roles),
    day: fc.integer({ min: 0, max: 900 }),
  });
}

const ctxFor = (role: Ctx['actor']['role'], day: number): Ctx => ({
  now: new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString(),
  actor: { id: `u-${role}`, role },
});

describe.each(builtinWorkflows.map((w) => [w.key, w] as const))(
  'random event sequences on %s',
  (_k, def) => {
    it('never yield a snapshot the definition cannot restore, and refusals change nothing', () => {
      fc.assert(
        fc.property(fc.array(arbitraryMove(def), { maxLength: 25 }), (moves) => {
          const first = start(def, sampleCard(def), ctxFor('manager', 0));
          if (!first.ok) throw new Error(first.message);
          let snapshot: PersistedCard = first.snapshot;
          for (const m of moves) {
            const before = JSON.stringify(snapshot);
            const result = step(
              def,
              snapshot,
              { type: m.type, fields: m.fields as Fields | undefined },
              ctxFor(m.role, m.day),
            );
            if (!result.ok) {
              expect(JSON.stringify(snapshot)).toBe(before);
              expect(result.message.length).toBeGreaterThan(0);
              continue;
            }
            const stored: PersistedCard = JSON.parse(JSON.stringify(result.snapshot));
            expect(restore(def, stored).value).toBe(result.stage);
            expect(def.stages.some((s) => s.key === stored.value)).toBe(true);
            snapshot = stored;
          }
        }),
        { numRuns: 150 },
      );
    });

    it('step is deterministic for the same inputs', () => {
      fc.assert(
        fc.property(fc.array(arbitraryMove(def), { maxLength: 10 }), (moves) => {
          const run = () => {
            const first = start(def, sampleCard(def), ctxFor('admin', 0));
            if (!first.ok) throw new Error(first.message);
            let snapshot = first.snapshot;
            const results = [];
            for (const m of moves) {
              const r = step(
                def,
                snapshot,
                { type: m.type, fields: m.fields as Fields | undefined },
                ctxFor(m.role, m.day),
              );
              results.push(r);
              if (r.ok) snapshot = r.snapshot;
            }
            return results;
          };
          expect(run()).toEqual(run());
        }),
        { numRuns: 100 },
      );
    });
  },
);
