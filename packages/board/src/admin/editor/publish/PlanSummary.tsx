import {
  fieldLabel,
  stageLabel,
  type MigrationPlan,
  type WorkflowDefinition,
} from '@stageflow/engine';
import { useT, type BoardKey } from '../../../i18n/useT.ts';

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
  const { t, locale } = useT();
  const stages = (def: WorkflowDefinition, keys: string[]) =>
    keys.map((k) => stageLabel(def, k, locale)).join(', ');
  const fields = (def: WorkflowDefinition, keys: string[]) =>
    keys.map((k) => fieldLabel(def, k, locale)).join(', ');
  const type = (name: string) => t(`editor.type.${name}` as BoardKey);
  const lines: string[] = [];
  if (plan.addedStages.length)
    lines.push(t('editor.plan.newStages', { list: stages(draft, plan.addedStages) }));
  if (plan.removedStages.length)
    lines.push(t('editor.plan.removedStages', { list: stages(base, plan.removedStages) }));
  if (plan.addedFields.length)
    lines.push(t('editor.plan.newFields', { list: fields(draft, plan.addedFields) }));
  if (plan.removedFields.length)
    lines.push(t('editor.plan.removedFields', { list: fields(base, plan.removedFields) }));
  for (const c of plan.changedFields)
    lines.push(
      t('editor.plan.changedType', {
        field: fieldLabel(draft, c.key, locale),
        from: type(c.from),
        to: type(c.to),
      }),
    );
  if (plan.newlyRequired.length)
    lines.push(t('editor.plan.newlyRequired', { list: fields(draft, plan.newlyRequired) }));
  if (lines.length === 0) lines.push(t('editor.plan.nothing'));
  return (
    <ul className="admin-plan">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
