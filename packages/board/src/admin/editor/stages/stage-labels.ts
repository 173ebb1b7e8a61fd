import type { StageCategory } from '@stageflow/engine';

export const CATEGORY_LABELS: Record<StageCategory, string> = {
  open: 'Open — not started',
  active: 'Active — being worked on',
  done: 'Done — finished',
  cancelled: 'Cancelled — closed without finishing',
};
