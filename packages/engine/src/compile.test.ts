import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { builtinWorkflows, start, type Ctx, type PersistedCard } from './index.ts';
import { machineFor, nextSnapshot, persist, restore, type MachineEvent } from './compile.ts';
import { sourcesOf } from './rules.ts';
import { TEST_NOW, sampleCard, sampleValue, satisfy } from './testing/satisfy.ts';

const admin: Ctx = { now: TEST_NOW, actor: { id: 'admin-1', role: 'admin' } };

describe.each(builtinWorkflows.map((w) => [w.key, w] as const))(
  'nextSnapshot on %s',
  (_key, def) => {
    it('gives the snapshot XState’s own transition() gives, for every move of a walk', () => {
      const machine = machineFor(def);
      const first = start(def, sampleCard(def), admin);
      if (!first.ok) throw new Error(first.message);
      const seen = new Set<string>([first.stage]);
      const queue: PersistedCard[] = [first.snapshot];
      let compared = 0;
      while (queue.length > 0) {
        const snapshot = queue.shift()!;
        for (const t of def.transitions) {
          if (!sourcesOf(def, t).includes(snapshot.value)) continue;
          const required = Object.fromEntries(
            (t.requires ?? []).map((k) => [k, sampleValue(def.fields.find((f) => f.key === k)!)]),
          );
          const guard = t.guard ? satisfy(def, t.guard) : { fields: {}, refs: {} };
          const event: MachineEvent = {
            type: t.event,
            fields: { ...required, ...guard.fields },
            now: TEST_NOW,
            actor: admin.actor,
            refs: guard.refs,
          };
          // The machine's one inert scope serves card after card: the answer stays XState's own.
          const ours = persist(def, nextSnapshot(machine, restore(def, snapshot), event));
          const [theirs] = transition(machine, restore(def, snapshot), event);
          expect(ours).toEqual(persist(def, theirs));
          compared += 1;
          if (!seen.has(ours.value)) {
            seen.add(ours.value);
            queue.push(ours);
          }
        }
      }
      expect(compared).toBeGreaterThanOrEqual(def.transitions.length);
    });
  },
);
