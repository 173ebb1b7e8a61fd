import { describe, expect, it } from 'vitest';
import { repairWorkflow } from './builtins/index.ts';
import { STAGE_CATEGORIES } from './definition.schema.ts';
import { isOpenStage, isTerminalCategory, stageLabel } from './stages.ts';

describe('stages', () => {
  it('done and cancelled end a card; open and active are work', () => {
    expect(STAGE_CATEGORIES.filter(isTerminalCategory)).toEqual(['done', 'cancelled']);
  });

  it('open work is a stage this version has in an open or active category', () => {
    const open = repairWorkflow.stages.filter((s) => isOpenStage(repairWorkflow, s.key));
    expect(open.map((s) => s.category)).not.toContain('done');
    expect(open.length).toBeGreaterThan(0);
    expect(isOpenStage(repairWorkflow, 'no_such_stage')).toBe(false);
  });

  it('labels a stage, or shows the key of one this version lacks', () => {
    const first = repairWorkflow.stages[0]!;
    expect(stageLabel(repairWorkflow, first.key)).toBe(first.label);
    expect(stageLabel(repairWorkflow, 'retired_stage')).toBe('retired_stage');
  });
});
