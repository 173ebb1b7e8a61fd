import { workflowName, type WorkflowDefinition } from '@stageflow/engine';
import type { ControlProps } from '../form/FormRow.tsx';
import { useT } from '../../../i18n/useT.ts';

interface Props {
  control: ControlProps;
  value: string;
  workflows: WorkflowDefinition[];
  onChange: (key: string) => void;
}

/** A published workflow, by name; a key no workflow has stays visible so its problem can be seen. */
export function WorkflowSelect({ control, value, workflows, onChange }: Props) {
  const { t, locale } = useT();
  // Before the list arrives a key is shown as it is, not yet called unknown.
  const known = workflows.some((w) => w.key === value);
  const unknownText =
    workflows.length === 0 && value
      ? value
      : value
        ? t('editor.links.unknownWorkflow', { key: value })
        : t('editor.links.chooseWorkflow');
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
      {!known && <option value={value}>{unknownText}</option>}
      {workflows.map((w) => (
        <option key={w.key} value={w.key}>
          {workflowName(w, locale)}
        </option>
      ))}
    </select>
  );
}
