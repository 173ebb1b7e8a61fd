import type { DefPath } from '../../paths.ts';
import { pathId } from '../../paths.ts';
import { useEditor } from '../editor-context.ts';
import { useProblemsAt } from '../problems/problems-context.ts';
import { ProblemMessages } from '../problems/ProblemText.tsx';

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
  const { def, ids } = useEditor();
  const problems = useProblemsAt(path);
  const id = pathId(path);
  const unknown = value.filter((key) => !def.fields.some((f) => f.key === key));
  return (
    <fieldset className="admin-fieldset" id={id} tabIndex={-1}>
      <legend>Required fields</legend>
      {def.fields.length === 0 && (
        <span className="admin-muted">This workflow has no fields yet.</span>
      )}
      <div className="admin-checks">
        {def.fields.map((f, i) => (
          <label key={ids.fields[i]} className="admin-check">
            <input
              type="checkbox"
              checked={value.includes(f.key)}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, f.key] : value.filter((k) => k !== f.key))
              }
            />
            {f.label || f.key}
          </label>
        ))}
        {unknown.map((key) => (
          <label key={`unknown-${key}`} className="admin-check admin-check--invalid">
            <input
              type="checkbox"
              checked
              onChange={() => onChange(value.filter((k) => k !== key))}
            />
            {key} (unknown field)
          </label>
        ))}
      </div>
      <ProblemMessages id={`${id}-problems`} problems={problems} />
    </fieldset>
  );
}
