import type { Condition, FieldDef, WorkflowDefinition } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';

/** What every part of the guard builder receives. */
export interface ConditionEnv {
  fields: FieldDef[];
  /** Today's date (YYYY-MM-DD), the default for new date values. */
  today: string;
  /** The published workflows a linked condition may read (empty until loaded). */
  workflows: WorkflowDefinition[];
  /** The key of the workflow being edited (a linked condition names the others first). */
  self?: string;
}

export interface ConditionProps<C extends Condition = Condition> {
  value: C;
  onChange: (next: Condition) => void;
  path: DefPath;
  env: ConditionEnv;
}

export function fieldLabelOf(field: FieldDef): string {
  return field.label || field.key;
}
