// Stages as everyone reads them: which categories end a card's life, and a stage's label.
// The server (open work, migrations) and the board (editor, drawer, move dialogs) ask here.
import type { StageCategory, StageDef, WorkflowDefinition } from './definition.schema.ts';
import { DEFAULT_LOCALE, localLabel, type Locale } from './i18n/locale.ts';

/** A card in one of these is finished: `from: '*'` never leaves it, and it is not open work. */
export const TERMINAL_CATEGORIES = [
  'done',
  'cancelled',
] as const satisfies readonly StageCategory[];

export function isTerminalCategory(category: StageCategory): boolean {
  return (TERMINAL_CATEGORIES as readonly StageCategory[]).includes(category);
}

export function findStage(definition: WorkflowDefinition, key: string): StageDef | undefined {
  return definition.stages.find((s) => s.key === key);
}

/** Open work: the stage exists and is `open` or `active`. */
export function isOpenStage(definition: WorkflowDefinition, key: string): boolean {
  const stage = findStage(definition, key);
  return stage !== undefined && !isTerminalCategory(stage.category);
}

/** The stage's label in `locale` (its key when this version has no such stage). */
export function stageLabel(
  definition: WorkflowDefinition,
  key: string,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const stage = findStage(definition, key);
  return stage ? localLabel(stage, locale) : key;
}
