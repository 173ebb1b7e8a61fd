import type { TransitionDef, WorkflowDefinition } from '@stageflow/engine';
import { boardT } from '../../../i18n/i18n.ts';

/** "Diagnosis → Waiting for parts" in stage labels. */
export function routeText(t: TransitionDef, def: WorkflowDefinition): string {
  const label = (key: string) => def.stages.find((s) => s.key === key)?.label ?? `${key}?`;
  const from =
    t.from === '*'
      ? boardT()('editor.anyOpenStageLabel')
      : Array.isArray(t.from)
        ? t.from.map(label).join(', ')
        : label(t.from);
  return `${from} → ${label(t.to)}`;
}
