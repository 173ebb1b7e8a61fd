// The admin's mapping of old stages to new ones, checked before any card moves.
import type { WorkflowDefinition } from '@stageflow/engine';
import type { CardRow } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';

/** Every key must be a stage of the old version and every value a stage of the new one. */
export function checkStageMap(
  stageMap: Record<string, string>,
  from: WorkflowDefinition,
  to: WorkflowDefinition,
): void {
  const oldStages = new Set(from.stages.map((s) => s.key));
  const newStages = new Set(to.stages.map((s) => s.key));
  for (const [source, target] of Object.entries(stageMap)) {
    if (!oldStages.has(source)) {
      throw new HttpProblem(
        422,
        'invalid-stage-map',
        say('workflows.mapNoSource', { version: from.version, key: from.key, stage: source }),
        { field: `stageMap.${source}` },
      );
    }
    if (!newStages.has(target)) {
      throw new HttpProblem(
        422,
        'invalid-stage-map',
        say('workflows.mapNoTarget', {
          version: to.version,
          key: to.key,
          stage: target,
          source,
        }),
        { field: `stageMap.${source}` },
      );
    }
  }
}

/** Stages holding cards that the new version lacks and the map does not cover, with counts. */
export function unmappedStages(
  cards: CardRow[],
  stageMap: Record<string, string>,
  to: WorkflowDefinition,
): { stage: string; count: number }[] {
  const newStages = new Set(to.stages.map((s) => s.key));
  const counts = new Map<string, number>();
  for (const card of cards) {
    if (stageMap[card.stage] === undefined && !newStages.has(card.stage)) {
      counts.set(card.stage, (counts.get(card.stage) ?? 0) + 1);
    }
  }
  return [...counts].map(([stage, count]) => ({ stage, count }));
}
