import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  builtinWorkflows,
  dealWorkflow,
  planMigration,
  validate,
  type Condition,
  type WorkflowDefinition,
} from './index.ts';

const clone = (d: WorkflowDefinition) => structuredClone(d);
const paths = (def: unknown) => validate(def).map((p) => p.path.join('.'));

describe('validate', () => {
  it.each(builtinWorkflows.map((w) => [w.key, w] as const))(
    'finds nothing wrong with the built-in %s',
    (_k, def) => {
      expect(validate(def)).toEqual([]);
    },
  );

  it('reports schema problems with their path', () => {
    const def = { ...clone(dealWorkflow), stages: [{ key: 'x', label: '', category: 'maybe' }] };
    expect(paths(def)).toEqual(expect.arrayContaining(['stages.0.label', 'stages.0.category']));
  });

  it('reports a missing initial stage, unknown stages, duplicates, unreachable stages and dead ends', () => {
    const def = clone(dealWorkflow);
    def.initial = 'nowhere';
    expect(paths(def)).toContain('initial');

    const broken = clone(dealWorkflow);
    broken.transitions[0]!.to = 'limbo';
    broken.stages.push({ key: 'island', label: 'Island', category: 'active' });
    broken.transitions.find((t) => t.event === 'mark_lost')!.from = ['new', 'qualified'];
    broken.stages.push({ key: 'won', label: 'Again', category: 'done' });
    const problems = validate(broken);
    expect(problems.find((p) => p.path.join('.') === 'transitions.0.to')?.message).toBe(
      '"Qualify" goes to "limbo", which is not a stage.',
    );
    expect(problems.find((p) => p.code === 'unreachable')?.message).toBe(
      'Stage "Island" cannot be reached from the initial stage.',
    );
    expect(problems.find((p) => p.code === 'dead_end')?.path).toEqual([
      'stages',
      broken.stages.length - 2,
    ]);
    expect(problems.find((p) => p.code === 'duplicate_key')?.path).toEqual([
      'stages',
      broken.stages.length - 1,
      'key',
    ]);
  });

  it('reports guards and assignments on unknown fields or with values of the wrong type', () => {
    const def = clone(dealWorkflow);
    def.transitions[0]!.guard = {
      all: [
        { field: 'budget', op: 'present' },
        { field: 'amount', op: 'gt', value: 'big' },
      ],
    };
    def.transitions[1]!.assign = [{ field: 'lostReason', value: 'aliens' }];
    def.transitions[2]!.requires = ['ghost'];
    expect(paths(def)).toEqual([
      'transitions.0.guard.all.0.field',
      'transitions.0.guard.all.1.value',
      'transitions.1.assign.0.value',
      'transitions.2.requires.0',
    ]);
  });
});

describe('validate on absurd input', () => {
  it('reports a guard nested thousands of levels deep instead of overflowing the stack', () => {
    let guard: Condition = { field: 'amount', op: 'present' };
    for (let i = 0; i < 3000; i++) guard = { not: guard };
    const def = clone(dealWorkflow);
    def.transitions[0]!.guard = guard;
    const [problem] = validate(def);
    expect(problem?.code).toBe('too_deep');
    expect(problem?.path.slice(0, 4)).toEqual(['transitions', 0, 'guard', 'not']);
  });
});

describe('validate finds randomly broken copies of the built-ins', () => {
  type Breakage = (def: WorkflowDefinition, i: number) => string;
  const breakages: Breakage[] = [
    (def, i) => {
      const n = i % def.transitions.length;
      def.transitions[n]!.to = 'no_such_stage';
      return `transitions.${n}.to`;
    },
    (def, i) => {
      const n = i % def.transitions.length;
      def.transitions[n]!.requires = ['no_such_field'];
      return `transitions.${n}.requires.0`;
    },
    (def, i) => {
      const n = i % def.transitions.length;
      def.transitions[n]!.guard = { field: 'no_such_field', op: 'present' };
      return `transitions.${n}.guard.field`;
    },
    (def, i) => {
      const n = 1 + (i % (def.stages.length - 1));
      def.stages[n]!.key = def.stages[0]!.key;
      return `stages.${n}.key`;
    },
    (def, i) => {
      const n = i % def.fields.length;
      def.fields.push({ ...def.fields[n]! });
      return `fields.${def.fields.length - 1}.key`;
    },
  ];

  it('at the right JSON path', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...builtinWorkflows),
        fc.integer({ min: 0, max: breakages.length - 1 }),
        fc.nat(1000),
        (original, which, i) => {
          const def = clone(original);
          const expected = breakages[which]!(def, i);
          expect(paths(def)).toContain(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('planMigration', () => {
  it('lists removed stages that need a mapping and fields that changed type', () => {
    const next = clone(dealWorkflow);
    next.version = 2;
    next.stages = next.stages.filter((s) => s.key !== 'demo');
    next.fields.find((f) => f.key === 'contractNumber')!.type = 'number';
    next.fields.push({ key: 'region', label: 'Region', type: 'text', required: true });
    expect(planMigration(dealWorkflow, next)).toEqual({
      removedStages: ['demo'],
      addedStages: [],
      changedFields: [{ key: 'contractNumber', from: 'text', to: 'number' }],
      removedFields: [],
      addedFields: ['region'],
      newlyRequired: ['region'],
    });
  });
});
