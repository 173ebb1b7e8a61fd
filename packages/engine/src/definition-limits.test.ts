import { describe, expect, it } from 'vitest';
import { dealWorkflow } from './builtins/index.ts';
import { DEFINITION_LIMITS, MAX_PROBLEMS, validate, type WorkflowDefinition } from './index.ts';

const clone = (d: WorkflowDefinition) => structuredClone(d);

/** The definition from issue 8: 6,000 stages and 6,000 "from anywhere" transitions. */
function hugeDefinition(n: number) {
  return {
    key: 'deal',
    name: 'Deal',
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
}

describe('definition size limits', () => {
  it('refuses 6,000 stages and transitions, naming each list and its limit', () => {
    expect(validate(hugeDefinition(6_000))).toEqual([
      {
        path: ['stages'],
        code: 'schema',
        message: `At most ${DEFINITION_LIMITS.stages} stages are allowed here.`,
      },
      {
        path: ['transitions'],
        code: 'schema',
        message: `At most ${DEFINITION_LIMITS.transitions} transitions are allowed here.`,
      },
    ]);
  });

  it('accepts a definition at the limits', () => {
    const { stages, transitions } = DEFINITION_LIMITS;
    const def = hugeDefinition(stages);
    // A chain s0 → s1 → … plus listed moves: at most `moves` stage-to-stage moves in all.
    def.transitions = Array.from({ length: transitions }, (_, i) => ({
      event: `e${i}`,
      label: `E${i}`,
      from: [`s${i % (stages - 1)}`, `s${(i + 1) % (stages - 1)}`] as never,
      to: `s${(i % (stages - 1)) + 1}`,
    }));
    expect(validate(def)).toEqual([]);
  });

  // Compiling costs one XState transition per (stage, move) pair; 100 stages with 100
  // "from anywhere" moves would be 9,801 of them.
  it('refuses "from anywhere" moves that multiply past the move limit, counting them', () => {
    const problems = validate(hugeDefinition(DEFINITION_LIMITS.stages));
    expect(problems).toEqual([
      {
        path: ['transitions'],
        code: 'too_many_moves',
        message: `The transitions make 9801 stage-to-stage moves ("from anywhere" counts once per open stage); at most ${DEFINITION_LIMITS.moves} are allowed.`,
      },
    ]);
  });

  it('refuses too many fields, options and long labels at their path', () => {
    const def = clone(dealWorkflow);
    def.fields.push(
      ...Array.from({ length: DEFINITION_LIMITS.fields }, (_, i) => ({
        key: `extra${i}`,
        label: `Extra ${i}`,
        type: 'text' as const,
      })),
    );
    def.stages[0]!.label = 'x'.repeat(DEFINITION_LIMITS.label + 1);
    const problems = validate(def);
    expect(problems).toContainEqual({
      path: ['fields'],
      code: 'schema',
      message: `At most ${DEFINITION_LIMITS.fields} fields are allowed here.`,
    });
    expect(problems.map((p) => p.path.join('.'))).toContain('stages.0.label');
  });

  it('lists at most MAX_PROBLEMS problems and says how many more there are', () => {
    const def = clone(dealWorkflow);
    def.transitions = Array.from({ length: 300 }, (_, i) => ({
      event: `e${i}`,
      label: `E${i}`,
      from: 'nowhere',
      to: 'lost',
    }));
    const problems = validate(def);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)).toMatchObject({ code: 'too_many_problems', path: [] });
  });

  it('allows maxLength on text fields only', () => {
    const def = clone(dealWorkflow);
    const amount = def.fields.findIndex((f) => f.key === 'amount');
    def.fields[amount]!.maxLength = 10;
    def.fields[0]!.maxLength = 80;
    expect(validate(def)).toEqual([
      expect.objectContaining({ path: ['fields', amount, 'maxLength'], code: 'wrong_type' }),
    ]);
  });
});
