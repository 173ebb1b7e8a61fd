import type { TransitionDef } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { pathId } from '../../paths.ts';
import { useEditor } from '../editor-context.ts';
import { FormRow } from '../form/FormRow.tsx';
import { useProblemsAt } from '../problems/problems-context.ts';
import { ProblemMessages } from '../problems/ProblemText.tsx';
import { StageSelect } from './StageSelect.tsx';

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
      <FormRow label="From" path={mode === 'several' ? undefined : path}>
        {(c) => (
          <div className="admin-inline">
            <select
              {...(mode === 'one' ? { 'aria-label': 'From: which stages' } : c)}
              value={mode}
              onChange={(e) => switchMode(e.target.value as Mode)}
            >
              <option value="one">one stage</option>
              <option value="several">several stages</option>
              <option value="any">any open stage</option>
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
  const { def, ids } = useEditor();
  const problems = useProblemsAt(path);
  const id = pathId(path);
  const unknown = value.filter((key) => !def.stages.some((s) => s.key === key));
  return (
    <fieldset className="admin-fieldset" id={id} tabIndex={-1}>
      <legend>From stages</legend>
      <div className="admin-checks">
        {def.stages.map((s, i) => (
          <label key={ids.stages[i]} className="admin-check">
            <input
              type="checkbox"
              checked={value.includes(s.key)}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, s.key] : value.filter((k) => k !== s.key))
              }
            />
            {s.label || s.key}
          </label>
        ))}
        {unknown.map((key) => (
          <label key={`unknown-${key}`} className="admin-check admin-check--invalid">
            <input
              type="checkbox"
              checked
              onChange={() => onChange(value.filter((k) => k !== key))}
            />
            {key} (unknown stage)
          </label>
        ))}
      </div>
      <ProblemMessages id={`${id}-problems`} problems={problems} />
    </fieldset>
  );
}
