import type { TransitionEffect } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { useEditor } from '../editor-context.ts';
import { ProblemText } from '../problems/ProblemText.tsx';
import { SignalEffectEditor } from './SignalEffectEditor.tsx';
import { SpawnEffectEditor, newSpawn } from './SpawnEffectEditor.tsx';
import { useT } from '../../../i18n/useT.ts';

/** The move's work in other workflows: open linked cards, signal the card that opened this one. */
export function EffectsEditor({
  value,
  path,
  onChange,
}: {
  value: TransitionEffect[];
  path: DefPath;
  onChange: (next: TransitionEffect[]) => void;
}) {
  const { t } = useT();
  const { def, workflows } = useEditor();
  const other = workflows.find((w) => w.key !== def.key);
  const set = (i: number, next: TransitionEffect) =>
    onChange(value.map((e, j) => (j === i ? next : e)));
  const remove = (i: number) => onChange(value.filter((_, j) => j !== i));
  return (
    <div className="admin-subsection">
      <h4>{t('editor.effects.title')}</h4>
      {value.length === 0 && <p className="admin-muted">{t('editor.effects.none')}</p>}
      {value.length > 0 && (
        <ul className="admin-list">
          {value.map((effect, i) =>
            'spawn' in effect ? (
              <SpawnEffectEditor
                key={i}
                value={effect}
                path={[...path, i]}
                onChange={(next) => set(i, next)}
                onRemove={() => remove(i)}
              />
            ) : (
              <SignalEffectEditor
                key={i}
                value={effect}
                path={[...path, i]}
                onChange={(next) => set(i, next)}
                onRemove={() => remove(i)}
              />
            ),
          )}
        </ul>
      )}
      <ProblemText path={path} claimed={value.map((_, i) => String(i))} />
      <div className="admin-actions-row">
        <button
          type="button"
          className="admin-btn admin-btn--small"
          onClick={() => onChange([...value, newSpawn(other)])}
        >
          {t('editor.effects.addSpawn')}
        </button>
        <button
          type="button"
          className="admin-btn admin-btn--small"
          onClick={() =>
            onChange([
              ...value,
              { signal: { parent: other?.key ?? '', event: other?.transitions[0]?.event ?? '' } },
            ])
          }
        >
          {t('editor.effects.addSignal')}
        </button>
      </div>
    </div>
  );
}
