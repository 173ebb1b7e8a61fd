import type { Condition, FieldDef } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';

/** What every part of the guard builder receives. */
export interface ConditionEnv {
  fields: FieldDef[];
  /** Today's date (YYYY-MM-DD), the default for new date values. */
  today: string;
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
