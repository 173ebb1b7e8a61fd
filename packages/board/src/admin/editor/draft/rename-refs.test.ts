import { repairWorkflow, validate } from '@stageflow/engine';
import { describe, expect, it } from 'vitest';
import { renameStageRefs } from './rename-refs.ts';

describe('renameStageRefs', () => {
  it('follows a renamed stage into the SLA policy', () => {
    const renamed = renameStageRefs(
      {
        ...repairWorkflow,
        stages: repairWorkflow.stages.map((s) =>
          s.key === 'awaiting_parts' ? { ...s, key: 'parts_on_order' } : s,
        ),
      },
      'awaiting_parts',
      'parts_on_order',
    );
    expect(renamed.slaPolicy?.pausedIn).toEqual(['awaiting_approval', 'parts_on_order']);
    expect(validate(renamed)).toEqual([]);
    const diagnosis = renameStageRefs(
      {
        ...repairWorkflow,
        stages: repairWorkflow.stages.map((s) =>
          s.key === 'diagnosis' ? { ...s, key: 'triage' } : s,
        ),
      },
      'diagnosis',
      'triage',
    );
    expect(diagnosis.slaPolicy?.targets[1]?.stages).toEqual(['received', 'triage']);
    expect(validate(diagnosis)).toEqual([]);
  });
});
