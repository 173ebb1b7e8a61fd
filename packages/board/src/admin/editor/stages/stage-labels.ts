import type { StageCategory } from '@stageflow/engine';
import type { BoardKey } from '../../../i18n/useT.ts';

export const CATEGORY_LABELS: Record<StageCategory, BoardKey> = {
  open: 'editor.category.open',
  active: 'editor.category.active',
  done: 'editor.category.done',
  cancelled: 'editor.category.cancelled',
};
