import type { StageDef } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { FormRow } from '../form/FormRow.tsx';
import { withOptional } from '../form/optional.ts';

interface Props {
  stage: StageDef;
  path: DefPath;
  onChange: (stage: StageDef) => void;
}

/** An optional colour of its own; without one the stage takes its category's colour. */
export function StageColorInput({ stage, path, onChange }: Props) {
  return (
    <FormRow label="Colour" path={[...path, 'color']}>
      {(c) => (
        <div className="admin-inline">
          <input
            {...c}
            type="color"
            className={stage.color ? '' : 'admin-color--unset'}
            value={stage.color ?? '#94a3b8'}
            onChange={(e) => onChange({ ...stage, color: e.target.value })}
          />
          {stage.color ? (
            <button
              type="button"
              className="admin-link-btn"
              aria-label={`Use the category colour for ${stage.label || stage.key}`}
              onClick={() => onChange(withOptional(stage, 'color', undefined))}
            >
              Reset
            </button>
          ) : (
            <span className="admin-muted">By category</span>
          )}
        </div>
      )}
    </FormRow>
  );
}
