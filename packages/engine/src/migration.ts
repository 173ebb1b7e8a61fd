// What moving open cards from one version of a workflow to another involves.
import type { WorkflowDefinition } from './definition.schema.ts';
import type { MigrationPlan } from './types.ts';

export function planMigration(from: WorkflowDefinition, to: WorkflowDefinition): MigrationPlan {
  const oldStages = new Set(from.stages.map((s) => s.key));
  const newStages = new Set(to.stages.map((s) => s.key));
  const oldFields = new Map(from.fields.map((f) => [f.key, f]));
  const newFields = new Map(to.fields.map((f) => [f.key, f]));
  return {
    removedStages: [...oldStages].filter((s) => !newStages.has(s)),
    addedStages: [...newStages].filter((s) => !oldStages.has(s)),
    changedFields: [...newFields.values()].flatMap((f) => {
      const old = oldFields.get(f.key);
      return old && old.type !== f.type ? [{ key: f.key, from: old.type, to: f.type }] : [];
    }),
    removedFields: [...oldFields.keys()].filter((k) => !newFields.has(k)),
    addedFields: [...newFields.keys()].filter((k) => !oldFields.has(k)),
    newlyRequired: [...newFields.values()]
      .filter((f) => f.required && !oldFields.get(f.key)?.required)
      .map((f) => f.key),
  };
}
