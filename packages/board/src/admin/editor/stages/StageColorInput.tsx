import type { StageDef } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { FormRow } from '../form/FormRow.tsx';
import { withOptional } from '../form/optional.ts';
import { useT } from '../../../i18n/useT.ts';

interface Props {
  stage: StageDef;
  path: DefPath;
  onChange: (stage: StageDef) => void;
}

/** An optional colour of its own; without one the stage takes its category's colour. */
export function StageColorInput({ stage, path, onChange }: Props) {
  const { t } = useT();
  return (
    <FormRow label={t('editor.colour')} path={[...path, 'color']}>
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
              aria-label={t('editor.useCategoryColour', { name: stage.label || stage.key })}
              onClick={() => onChange(withOptional(stage, 'color', undefined))}
            >
              {t('editor.reset')}
            </button>
          ) : (
            <span className="admin-muted">{t('editor.byCategory')}</span>
          )}
        </div>
      )}
    </FormRow>
  );
}
