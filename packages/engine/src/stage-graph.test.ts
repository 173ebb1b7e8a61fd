import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STAGE_CATEGORIES, type WorkflowDefinition } from './definition.schema.ts';
import { DEFINITION_LIMITS } from './limits.ts';
import { sourcesOf } from './rules.ts';
import { stageGraph } from './stage-graph.ts';

/** The graph walked edge by edge, every `*` expanded: obviously right, and stages × transitions. */
function reference(def: WorkflowDefinition) {
  const keys = new Set(def.stages.map((s) => s.key));
  const edges: [string, string][] = def.transitions
    .filter((t) => keys.has(t.to))
    .flatMap((t) => sourcesOf(def, t).map((from): [string, string] => [from, t.to]))
    .filter(([from]) => keys.has(from));
  const closure = (starts: string[], step: (s: string) => string[]) => {
    const seen = new Set(starts);
    const queue = [...starts];
    while (queue.length)
      for (const n of step(queue.pop()!)) if (!seen.has(n) && seen.add(n)) queue.push(n);
    return seen;
  };
  return {
    reachable: closure(keys.has(def.initial) ? [def.initial] : [], (s) =>
      edges.filter(([f]) => f === s).map(([, t]) => t),
    ),
    canEnd: closure(
      def.stages
        .filter((s) => s.category === 'done' || s.category === 'cancelled')
        .map((s) => s.key),
      (s) => edges.filter(([, t]) => t === s).map(([f]) => f),
    ),
  };
}

const stageKey = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const randomDefinition = fc
  .record({
    stages: fc.uniqueArray(
      fc.record({ key: stageKey, category: fc.constantFrom(...STAGE_CATEGORIES) }),
      {
        minLength: 1,
        selector: (s) => s.key,
      },
    ),
    initial: stageKey,
    transitions: fc.array(
      fc.record({
        from: fc.oneof(
          fc.constant('*' as const),
          stageKey,
          fc.array(stageKey, { minLength: 1, maxLength: 3 }),
        ),
        to: stageKey,
      }),
      { maxLength: 8 },
    ),
  })
  .map((d): WorkflowDefinition => ({
    key: 'random',
    name: 'Random',
    version: 1,
    fields: [],
    initial: d.initial,
    stages: d.stages.map((s) => ({ ...s, label: s.key })),
    transitions: d.transitions.map((t, i) => ({ ...t, event: `e${i}`, label: `E${i}` })),
  }));

describe('stageGraph', () => {
  it('finds the same reachable and can-finish stages as the edge-by-edge walk', () => {
    fc.assert(
      fc.property(randomDefinition, (def) => {
        const fast = stageGraph(def);
        const slow = reference(def);
        expect([...fast.reachable].sort()).toEqual([...slow.reachable].sort());
        expect([...fast.canEnd].sort()).toEqual([...slow.canEnd].sort());
      }),
      { numRuns: 500 },
    );
  });

  // Counts work instead of timing it: the 6,000 × 6,000 "from anywhere" definition that took
  // 38 s listed one edge per (open stage, transition) pair.
  it('walks one edge per stage and transition for "from anywhere" moves, not one per pair', () => {
    const n = 6_000;
    const def: WorkflowDefinition = {
      key: 'huge',
      name: 'Huge',
      version: 1,
      fields: [],
      initial: 's0',
      stages: Array.from({ length: n }, (_, i) => ({
        key: `s${i}`,
        label: `S${i}`,
        category: i === n - 1 ? 'done' : 'active',
      })),
      transitions: Array.from({ length: n }, (_, i) => ({
        event: `e${i}`,
        label: `E${i}`,
        from: '*',
        to: `s${i}`,
      })),
    };
    const graph = stageGraph(def);
    expect(graph.edgeCount).toBeLessThanOrEqual(def.stages.length + def.transitions.length);
    expect(graph.reachable.size).toBe(n);
    expect(graph.canEnd.size).toBe(n);
  });

  it('stays linear at the largest definition the schema accepts', () => {
    const { stages, transitions } = DEFINITION_LIMITS;
    const def: WorkflowDefinition = {
      key: 'big',
      name: 'Big',
      version: 1,
      fields: [],
      initial: 's0',
      stages: Array.from({ length: stages }, (_, i) => ({
        key: `s${i}`,
        label: `S${i}`,
        category: i === 0 ? 'open' : 'cancelled',
      })),
      transitions: Array.from({ length: transitions }, (_, i) => ({
        event: `e${i}`,
        label: `E${i}`,
        from: ['s0', `s${1 + (i % (stages - 1))}`],
        to: `s${1 + ((i + 1) % (stages - 1))}`,
      })),
    };
    expect(stageGraph(def).edgeCount).toBeLessThanOrEqual(2 * transitions);
  });
});
