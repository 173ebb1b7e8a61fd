// The stages a workflow's reports know, with the category each is judged by: every stage any
// published version has, the newest version's label and category first. One function, used by
// the reports (report-scope.ts) and by what stores the first active entry (started-at.ts), so the
// stored start and the report's `active` stages can never disagree.
import type { ReportStage } from '@stageflow/api';
import type { WorkflowDefinition } from '@stageflow/engine';

/** `newestFirst`: the latest version, then the others from newest to oldest. */
export function reportStages(newestFirst: readonly WorkflowDefinition[]): ReportStage[] {
  const stages = new Map<string, ReportStage>();
  for (const definition of newestFirst) {
    for (const s of definition.stages) {
      if (stages.has(s.key)) continue;
      stages.set(s.key, {
        key: s.key,
        label: s.label,
        ...(s.labels ? { labels: s.labels } : {}),
        category: s.category,
        color: s.color ?? null,
      });
    }
  }
  return [...stages.values()];
}
