import { useEditor } from '../editor-context.ts';
import type { ControlProps } from '../form/FormRow.tsx';
import { useT } from '../../../i18n/useT.ts';

/** A stage of the draft, by label; a key that no stage has any more stays visible as "unknown". */
export function StageSelect({
  control,
  value,
  onChange,
}: {
  control: ControlProps;
  value: string;
  onChange: (key: string) => void;
}) {
  const { t } = useT();
  const { def, ids } = useEditor();
  const known = def.stages.some((s) => s.key === value);
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
      {!known && (
        <option value={value}>
          {value ? t('editor.unknownStage', { key: value }) : t('editor.chooseStage')}
        </option>
      )}
      {def.stages.map((s, i) => (
        <option key={ids.stages[i]} value={s.key}>
          {s.label || s.key}
        </option>
      ))}
    </select>
  );
}
