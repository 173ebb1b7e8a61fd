import type { CSSProperties } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { StageDef } from '@stageflow/engine';
import { STAGE_CATEGORIES } from '@stageflow/engine';
import { pathId } from '../../paths.ts';
import { useEditor } from '../editor-context.ts';
import { FormRow } from '../form/FormRow.tsx';
import { LabelKeyInputs } from '../form/LabelKeyInputs.tsx';
import { withOptional } from '../form/optional.ts';
import { ProblemText } from '../problems/ProblemText.tsx';
import { CATEGORY_LABELS } from './stage-labels.ts';
import { StageDeadlineInput } from './StageDeadlineInput.tsx';
import { StageColorInput } from './StageColorInput.tsx';
import { useT } from '../../../i18n/useT.ts';

const OWN_INPUTS = ['label', 'key', 'category', 'wipLimit', 'sla', 'color'];

export function StageRow({ stage, index, id }: { stage: StageDef; index: number; id: string }) {
  const { t } = useT();
  const { def, dispatch } = useEditor();
  const sortable = useSortable({ id });
  const path = ['stages', index] as const;
  const update = (next: StageDef) => dispatch({ type: 'stage.update', index, stage: next });
  const name = stage.label || stage.key || `stage ${index + 1}`;
  const style = {
    transform: CSS.Transform.toString(sortable.transform),
    transition: sortable.transition,
    ...(stage.color ? { '--admin-stage-color': stage.color } : {}),
  } as CSSProperties;
  return (
    <li
      ref={sortable.setNodeRef}
      style={style}
      className={`admin-stage admin-cat--${stage.category} ${sortable.isDragging ? 'admin-stage--dragging' : ''}`}
      aria-label={t('editor.stageNamed', { name })}
    >
      <button
        type="button"
        className="admin-drag-handle"
        ref={sortable.setActivatorNodeRef}
        {...sortable.attributes}
        {...sortable.listeners}
        aria-label={t('editor.dragToReorder', { name })}
      >
        ⠿
      </button>
      <div className="admin-stage__body" id={pathId(path)} tabIndex={-1}>
        <div className="admin-grid admin-grid--3">
          <LabelKeyInputs value={stage} path={path} onChange={update} />
          <FormRow label={t('editor.category.label')} path={[...path, 'category']}>
            {(c) => (
              <select
                {...c}
                value={stage.category}
                onChange={(e) =>
                  update({ ...stage, category: e.target.value as StageDef['category'] })
                }
              >
                {STAGE_CATEGORIES.map((cat) => (
                  <option key={cat} value={cat}>
                    {t(CATEGORY_LABELS[cat])}
                  </option>
                ))}
              </select>
            )}
          </FormRow>
          <FormRow label={t('editor.wipLimit')} path={[...path, 'wipLimit']}>
            {(c) => (
              <input
                {...c}
                type="number"
                min={1}
                step={1}
                placeholder={t('editor.none')}
                value={stage.wipLimit ?? ''}
                onChange={(e) =>
                  update(
                    withOptional(
                      stage,
                      'wipLimit',
                      e.target.value === '' ? undefined : Number(e.target.value),
                    ),
                  )
                }
              />
            )}
          </FormRow>
          <StageDeadlineInput stage={stage} path={path} onChange={update} />
          <StageColorInput stage={stage} path={path} onChange={update} />
        </div>
        <ProblemText path={path} claimed={OWN_INPUTS} />
      </div>
      <div className="admin-stage__actions">
        <button
          type="button"
          className="admin-icon-btn"
          aria-label={t('editor.moveUp', { name })}
          disabled={index === 0}
          onClick={() => dispatch({ type: 'stage.move', from: index, to: index - 1 })}
        >
          ↑
        </button>
        <button
          type="button"
          className="admin-icon-btn"
          aria-label={t('editor.moveDown', { name })}
          disabled={index === def.stages.length - 1}
          onClick={() => dispatch({ type: 'stage.move', from: index, to: index + 1 })}
        >
          ↓
        </button>
        <button
          type="button"
          className="admin-icon-btn admin-icon-btn--danger"
          aria-label={t('editor.removeStage', { name })}
          onClick={() => dispatch({ type: 'stage.remove', index })}
        >
          ✕
        </button>
      </div>
    </li>
  );
}
