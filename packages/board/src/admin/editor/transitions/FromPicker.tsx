import type { TransitionDef } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { useEditor } from '../editor-context.ts';
import { FormRow } from '../form/FormRow.tsx';
import { KeyChecklist } from '../form/KeyChecklist.tsx';
import { StageSelect } from './StageSelect.tsx';
import { useT } from '../../../i18n/useT.ts';

type From = TransitionDef['from'];
type Mode = 'one' | 'several' | 'any';

const modeOf = (from: From): Mode =>
  from === '*' ? 'any' : Array.isArray(from) ? 'several' : 'one';

/** Where the move may start: one stage, several stages, or any open stage. */
export function FromPicker({
  value,
  path,
  onChange,
}: {
  value: From;
  path: DefPath;
  onChange: (from: From) => void;
}) {
  const { t } = useT();
  const { def } = useEditor();
  const mode = modeOf(value);
  const first =
    (Array.isArray(value) ? value[0] : value === '*' ? undefined : value) ??
    def.stages[0]?.key ??
    '';
  const switchMode = (next: Mode) => {
    if (next === 'any') onChange('*');
    else if (next === 'one') onChange(first);
    else onChange(Array.isArray(value) ? value : [first]);
  };
  return (
    <div className="admin-from">
      <FormRow label={t('editor.from')} path={mode === 'several' ? undefined : path}>
        {(c) => (
          <div className="admin-inline">
            <select
              {...(mode === 'one' ? { 'aria-label': t('editor.fromWhich') } : c)}
              value={mode}
              onChange={(e) => switchMode(e.target.value as Mode)}
            >
              <option value="one">{t('editor.oneStage')}</option>
              <option value="several">{t('editor.severalStages')}</option>
              <option value="any">{t('editor.anyOpenStage')}</option>
            </select>
            {mode === 'one' && typeof value === 'string' && (
              <StageSelect control={c} value={value} onChange={(key) => onChange(key)} />
            )}
          </div>
        )}
      </FormRow>
      {mode === 'several' && Array.isArray(value) && (
        <SeveralStages value={value} path={path} onChange={onChange} />
      )}
    </div>
  );
}

function SeveralStages({
  value,
  path,
  onChange,
}: {
  value: string[];
  path: DefPath;
  onChange: (from: string[]) => void;
}) {
  const { t } = useT();
  const { def, ids } = useEditor();
  return (
    <KeyChecklist
      legend={t('editor.fromStages')}
      noun="stage"
      path={path}
      value={value}
      items={def.stages.map((s, i) => ({ key: s.key, label: s.label, id: ids.stages[i] }))}
      onChange={onChange}
    />
  );
}
