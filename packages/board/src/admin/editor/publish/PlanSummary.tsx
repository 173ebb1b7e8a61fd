import type { MigrationPlan, WorkflowDefinition } from '@stageflow/engine';

/** What changes from the published version to the draft, in a few lines. */
export function PlanSummary({
  plan,
  base,
  draft,
}: {
  plan: MigrationPlan;
  base: WorkflowDefinition;
  draft: WorkflowDefinition;
}) {
  const stage = (def: WorkflowDefinition, key: string) =>
    def.stages.find((s) => s.key === key)?.label ?? key;
  const field = (def: WorkflowDefinition, key: string) =>
    def.fields.find((f) => f.key === key)?.label ?? key;
  const lines: string[] = [];
  if (plan.addedStages.length)
    lines.push(`New stages: ${plan.addedStages.map((k) => stage(draft, k)).join(', ')}`);
  if (plan.removedStages.length)
    lines.push(`Removed stages: ${plan.removedStages.map((k) => stage(base, k)).join(', ')}`);
  if (plan.addedFields.length)
    lines.push(`New fields: ${plan.addedFields.map((k) => field(draft, k)).join(', ')}`);
  if (plan.removedFields.length)
    lines.push(
      `Removed fields (their values are dropped): ${plan.removedFields.map((k) => field(base, k)).join(', ')}`,
    );
  for (const c of plan.changedFields)
    lines.push(`${field(draft, c.key)} changes type from ${c.from} to ${c.to}`);
  if (plan.newlyRequired.length) {
    lines.push(
      `Newly required (existing cards may not have them): ${plan.newlyRequired.map((k) => field(draft, k)).join(', ')}`,
    );
  }
  if (lines.length === 0)
    lines.push('No stages or fields change; only transitions, labels or settings.');
  return (
    <ul className="admin-plan">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
