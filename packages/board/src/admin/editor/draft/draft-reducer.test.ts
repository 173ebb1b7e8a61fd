import { describe, expect, it } from 'vitest';
import { validate } from '@stageflow/engine';
import { sample } from '../../../../test/admin/render-editor.tsx';
import { draftReducer } from './draft-reducer.ts';
import type { DraftAction } from './draft-reducer.ts';
import { initDraft } from './draft-state.ts';

const run = (...actions: DraftAction[]) =>
  actions.reduce(draftReducer, initDraft(structuredClone(sample)));

describe('draft reducer', () => {
  it('adds a new stage before the closing stages, with a key that follows its label', () => {
    let state = run({ type: 'stage.add' });
    expect(state.def.stages.map((s) => s.key)).toEqual([
      'new',
      'review',
      'new_stage',
      'approved',
      'rejected',
    ]);
    const stage = state.def.stages[2]!;
    state = draftReducer(state, {
      type: 'stage.update',
      index: 2,
      stage: { ...stage, label: 'Waiting for parts' },
    });
    expect(state.def.stages[2]!.key).toBe('waiting_for_parts');
  });

  it('stops deriving the key once the admin types one', () => {
    let state = run({ type: 'stage.add' });
    state = draftReducer(state, {
      type: 'stage.update',
      index: 2,
      stage: { ...state.def.stages[2]!, key: 'parts' },
    });
    state = draftReducer(state, {
      type: 'stage.update',
      index: 2,
      stage: { ...state.def.stages[2]!, label: 'Parts ordered' },
    });
    expect(state.def.stages[2]).toMatchObject({ key: 'parts', label: 'Parts ordered' });
  });

  it('never derives the key of a published stage from a new label', () => {
    const state = run({
      type: 'stage.update',
      index: 1,
      stage: { ...sample.stages[1]!, label: 'Under review' },
    });
    expect(state.def.stages[1]!.key).toBe('review');
  });

  it('renames a stage key everywhere it is used', () => {
    const state = run({
      type: 'stage.update',
      index: 0,
      stage: { ...sample.stages[0]!, key: 'submitted' },
    });
    expect(state.def.initial).toBe('submitted');
    expect(state.def.transitions[0]!.from).toBe('submitted');
    expect(validate(state.def)).toEqual([]);
  });

  it('renames a field key inside requires, assignments and nested guard conditions', () => {
    const start = structuredClone(sample);
    start.transitions[1] = {
      ...start.transitions[1]!,
      requires: ['purchaseDate'],
      assign: [{ field: 'purchaseDate', from: 'eventDate' }],
      guard: {
        all: [
          { not: { field: 'purchaseDate', op: 'empty' } },
          { date: 'purchaseDate', within: 2, unit: 'years', of: 'event' },
        ],
      },
    };
    const state = draftReducer(initDraft(start), {
      type: 'field.update',
      index: 1,
      field: { ...start.fields[1]!, key: 'boughtOn' },
    });
    const t = state.def.transitions[1]!;
    expect(t.requires).toEqual(['boughtOn']);
    expect(t.assign).toEqual([{ field: 'boughtOn', from: 'eventDate' }]);
    expect(t.guard).toEqual({
      all: [
        { not: { field: 'boughtOn', op: 'empty' } },
        { date: 'boughtOn', within: 2, unit: 'years', of: 'event' },
      ],
    });
  });

  it('leaves references alone when a stage is removed, so validation can point at them', () => {
    const state = run({ type: 'stage.remove', index: 1 });
    expect(state.def.transitions[0]!.to).toBe('review');
    expect(validate(state.def)).toContainEqual(
      expect.objectContaining({ path: ['transitions', 0, 'to'] }),
    );
  });

  it('reorders stages together with their ids', () => {
    const before = initDraft(structuredClone(sample));
    const state = draftReducer(before, { type: 'stage.move', from: 0, to: 2 });
    expect(state.def.stages.map((s) => s.key)).toEqual(['review', 'approved', 'new', 'rejected']);
    expect(state.ids.stages).toEqual([
      before.ids.stages[1],
      before.ids.stages[2],
      before.ids.stages[0],
      before.ids.stages[3],
    ]);
  });

  it('drops an empty description instead of publishing ""', () => {
    const state = run(
      { type: 'meta', patch: { description: 'x' } },
      { type: 'meta', patch: { description: '' } },
    );
    expect('description' in state.def).toBe(false);
  });
});
