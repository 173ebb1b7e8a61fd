import type { DefPath } from '../../paths.ts';
import { useEditor } from '../editor-context.ts';
import { KeyChecklist } from '../form/KeyChecklist.tsx';
import { useT } from '../../../i18n/useT.ts';

/** Fields that must be filled to make the move; the board asks for them on drop. */
export function RequiresPicker({
  value,
  path,
  onChange,
}: {
  value: string[];
  path: DefPath;
  onChange: (keys: string[]) => void;
}) {
  const { t } = useT();
  const { def, ids } = useEditor();
  return (
    <KeyChecklist
      legend={t('editor.requiredFields')}
      noun="field"
      path={path}
      value={value}
      items={def.fields.map((f, i) => ({ key: f.key, label: f.label, id: ids.fields[i] }))}
      onChange={onChange}
      empty={<span className="admin-muted">{t('editor.noFieldsYet')}</span>}
    />
  );
}
