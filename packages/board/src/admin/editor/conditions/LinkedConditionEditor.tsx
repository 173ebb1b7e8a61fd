import { STAGE_CATEGORIES, type Condition, type StageCategory } from '@stageflow/engine';
import { KeyChecklist } from '../form/KeyChecklist.tsx';
import { FormRow } from '../form/FormRow.tsx';
import { WorkflowSelect } from '../links/WorkflowSelect.tsx';
import type { ConditionEnv, ConditionProps } from './condition-props.ts';
import { useT } from '../../../i18n/useT.ts';

type LinkedCondition = Extract<Condition, { linked: string }>;

/** The workflow a new linked condition reads: the first published workflow other than this one. */
export function firstOtherWorkflow(env: ConditionEnv): string {
  return env.workflows.find((w) => w.key !== env.self)?.key ?? '';
}

/** "Every linked <workflow> card is in a stage of category <done, …>": the repair is handed back. */
export function LinkedConditionEditor({
  value,
  onChange,
  path,
  env,
}: ConditionProps<LinkedCondition>) {
  const { t } = useT();
  return (
    <div className="admin-grid admin-grid--2">
      <FormRow
        label={t('editor.links.linkedWorkflow')}
        path={[...path, 'linked']}
        hint={t('editor.links.linkedHint')}
      >
        {(c) => (
          <WorkflowSelect
            control={c}
            value={value.linked}
            workflows={env.workflows}
            onChange={(linked) => onChange({ ...value, linked })}
          />
        )}
      </FormRow>
      <KeyChecklist
        legend={t('editor.links.categories')}
        path={[...path, 'category']}
        noun="category"
        items={STAGE_CATEGORIES.map((c) => ({ key: c, id: c, label: t(`editor.category.${c}`) }))}
        value={value.category}
        onChange={(category) => onChange({ ...value, category: category as StageCategory[] })}
      />
    </div>
  );
}
