import type { DragEndEvent } from '@dnd-kit/core';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { useEditor } from '../editor-context.ts';
import { FormRow } from '../form/FormRow.tsx';
import { StageRow } from './StageRow.tsx';
import { useT } from '../../../i18n/useT.ts';

export function StagesSection() {
  const { t } = useT();
  const { def, ids, dispatch, reveal } = useEditor();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.stages.indexOf(String(active.id));
    const to = ids.stages.indexOf(String(over.id));
    if (from >= 0 && to >= 0) dispatch({ type: 'stage.move', from, to });
  };

  const addStage = () => {
    const at =
      def.stages.findLastIndex((s) => s.category === 'open' || s.category === 'active') + 1;
    dispatch({ type: 'stage.add' });
    reveal(['stages', at, 'label']);
  };

  return (
    <section className="admin-section" aria-labelledby="admin-stages-title">
      <div className="admin-section__head">
        <h2 id="admin-stages-title">{t('editor.stages')}</h2>
        <p className="admin-muted">{t('editor.stagesIntro')}</p>
      </div>
      <FormRow label={t('editor.cardsStartIn')} path={['initial']} className="admin-row--narrow">
        {(c) => (
          <select
            {...c}
            value={def.initial}
            onChange={(e) => dispatch({ type: 'initial', stage: e.target.value })}
          >
            {!def.stages.some((s) => s.key === def.initial) && (
              <option value={def.initial}>{def.initial || '(none)'} — missing</option>
            )}
            {def.stages.map((s, i) => (
              <option key={ids.stages[i]} value={s.key}>
                {s.label || s.key}
              </option>
            ))}
          </select>
        )}
      </FormRow>
      {def.stages.length === 0 && <p className="admin-empty">{t('editor.noStages')}</p>}
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={ids.stages} strategy={verticalListSortingStrategy}>
          <ol className="admin-list" aria-label={t('editor.stages')}>
            {def.stages.map((stage, i) => (
              <StageRow key={ids.stages[i]} id={ids.stages[i]!} stage={stage} index={i} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <button type="button" className="admin-btn" onClick={addStage}>
        + Add stage
      </button>
    </section>
  );
}
