import type { TransitionDef, WorkflowDefinition } from '@stageflow/engine';

/** "Diagnosis → Waiting for parts" in stage labels. */
export function routeText(t: TransitionDef, def: WorkflowDefinition): string {
  const label = (key: string) => def.stages.find((s) => s.key === key)?.label ?? `${key}?`;
  const from =
    t.from === '*'
      ? 'Any open stage'
      : Array.isArray(t.from)
        ? t.from.map(label).join(', ')
        : label(t.from);
  return `${from} → ${label(t.to)}`;
}
