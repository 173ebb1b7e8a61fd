import type { Assignment } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { useEditor } from '../editor-context.ts';
import { ProblemText } from '../problems/ProblemText.tsx';
import { AssignmentRow } from './AssignmentRow.tsx';
import { useT } from '../../../i18n/useT.ts';

/** Fields the move writes on the card (e.g. "closed on" = the date of the move). */
export function AssignmentsEditor({
  value,
  path,
  onChange,
}: {
  value: Assignment[];
  path: DefPath;
  onChange: (next: Assignment[]) => void;
}) {
  const { t } = useT();
  const { def } = useEditor();
  const add = () => onChange([...value, { field: def.fields[0]?.key ?? '', from: 'eventDate' }]);
  return (
    <div className="admin-subsection">
      <h4>{t('editor.setsFields')}</h4>
      {value.length > 0 && (
        <ul className="admin-list">
          {value.map((a, i) => (
            <AssignmentRow
              key={i}
              value={a}
              path={[...path, i]}
              onChange={(next) => onChange(value.map((x, j) => (j === i ? next : x)))}
              onRemove={() => onChange(value.filter((_, j) => j !== i))}
            />
          ))}
        </ul>
      )}
      <ProblemText path={path} claimed={value.map((_, i) => String(i))} />
      <button
        type="button"
        className="admin-btn admin-btn--small"
        onClick={add}
        disabled={def.fields.length === 0}
      >
        + Set a field
      </button>
    </div>
  );
}
