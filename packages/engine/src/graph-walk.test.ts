import { describe, expect, it } from 'vitest';
import { getShortestPaths } from '@xstate/graph';
import {
  builtinWorkflows,
  machineFor,
  restore,
  start,
  step,
  type Ctx,
  type PersistedCard,
} from './index.ts';
import type { WorkflowDefinition } from './definition.schema.ts';
import { sourcesOf } from './rules.ts';
import { TEST_NOW, sampleCard, sampleValue, satisfy } from './testing/satisfy.ts';
import type { MachineEvent } from './compile.ts';

const admin: Ctx = { now: TEST_NOW, actor: { id: 'admin-1', role: 'admin' } };

/**
 * The values a person would give to make `event` pass (its required fields and its guard), and
 * the referenced records the guard reads, as the server would resolve them.
 */
function inputFor(def: WorkflowDefinition, event: string) {
  const t = def.transitions.find((x) => x.event === event)!;
  const required = Object.fromEntries(
    (t.requires ?? []).map((key) => [key, sampleValue(def.fields.find((f) => f.key === key)!)]),
  );
  const guard = t.guard ? satisfy(def, t.guard) : { fields: {}, refs: {} };
  return { fields: { ...required, ...guard.fields }, refs: guard.refs };
}

describe.each(builtinWorkflows.map((w) => [w.key, w] as const))(
  'every transition of %s',
  (_key, def) => {
    it('is taken by a walk through the engine, landing on its target stage', () => {
      const first = start(def, sampleCard(def), admin);
      if (!first.ok) throw new Error(first.message);
      const reached = new Map<string, PersistedCard>([[first.stage, first.snapshot]]);
      const queue = [first.snapshot];
      const taken = new Set<string>();
      while (queue.length > 0) {
        const snapshot = queue.shift()!;
        for (const t of def.transitions) {
          if (!sourcesOf(def, t).includes(snapshot.value)) continue;
          const input = inputFor(def, t.event);
          const result = step(
            def,
            snapshot,
            { type: t.event, fields: input.fields },
            { ...admin, refs: input.refs },
          );
          if (!result.ok) throw new Error(`${t.event} from ${snapshot.value}: ${result.message}`);
          expect(result.stage).toBe(t.to);
          expect(restore(def, JSON.parse(JSON.stringify(result.snapshot))).value).toBe(t.to);
          taken.add(t.event);
          if (!reached.has(result.stage)) {
            reached.set(result.stage, result.snapshot);
            queue.push(result.snapshot);
          }
        }
      }
      expect([...taken].sort()).toEqual(def.transitions.map((t) => t.event).sort());
      expect([...reached.keys()].sort()).toEqual(def.stages.map((s) => s.key).sort());
    });

    it('reaches every stage in XState’s own graph traversal of the compiled machine', () => {
      const machine = machineFor(def);
      const paths = getShortestPaths(machine, {
        input: { fields: sampleCard(def), enteredAt: TEST_NOW, dueAt: null },
        events: (snapshot) =>
          def.transitions
            .filter((t) => sourcesOf(def, t).includes(snapshot.value as string))
            .map((t): MachineEvent => {
              const input = inputFor(def, t.event);
              return {
                type: t.event,
                fields: input.fields,
                now: TEST_NOW,
                actor: admin.actor,
                refs: input.refs,
              };
            }),
        serializeState: (snapshot) => String(snapshot.value),
      });
      const stages = new Set(paths.map((p) => String(p.state.value)));
      expect([...stages].sort()).toEqual(def.stages.map((s) => s.key).sort());
    });
  },
);
