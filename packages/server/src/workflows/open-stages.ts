import type { WorkflowDefinition } from '@stageflow/engine';

/** Open work: a card in an `open` or `active` stage (not done, not cancelled). */
export function isOpenStage(definition: WorkflowDefinition, stage: string): boolean {
  const category = definition.stages.find((s) => s.key === stage)?.category;
  return category === 'open' || category === 'active';
}
