import type { Role } from '@stageflow/engine';
import { ROLES } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { pathId } from '../../paths.ts';
import { useProblemsAt } from '../problems/problems-context.ts';
import { ProblemMessages } from '../problems/ProblemText.tsx';
import { useT } from '../../../i18n/useT.ts';

interface Props {
  legend: string;
  path: DefPath;
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
  hint?: string;
}

export function RoleCheckboxes({ legend, path, value, onChange, hint }: Props) {
  const { t } = useT();
  const problems = useProblemsAt(path);
  const id = pathId(path);
  return (
    <fieldset className="admin-fieldset" id={id} tabIndex={-1} aria-invalid={problems.length > 0}>
      <legend>{legend}</legend>
      <div className="admin-checks">
        {ROLES.map((role) => (
          <label key={role} className="admin-check">
            <input
              type="checkbox"
              checked={value.includes(role)}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, role] : value.filter((r) => r !== role))
              }
            />
            {t(`editor.role.${role}`)}
          </label>
        ))}
      </div>
      {hint && <span className="admin-row__hint">{hint}</span>}
      <ProblemMessages id={`${id}-problems`} problems={problems} />
    </fieldset>
  );
}
