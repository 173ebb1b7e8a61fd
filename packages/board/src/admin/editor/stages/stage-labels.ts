import type { StageCategory } from '@stageflow/engine';

export const CATEGORY_LABELS: Record<StageCategory, string> = {
  open: 'Open',
  active: 'Active',
  done: 'Done',
  cancelled: 'Cancelled',
};
