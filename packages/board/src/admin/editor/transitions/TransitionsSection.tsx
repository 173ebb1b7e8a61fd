import { useEditor } from '../editor-context.ts';
import { TransitionPanel } from './TransitionPanel.tsx';
import { useT } from '../../../i18n/useT.ts';

export function TransitionsSection() {
  const { t } = useT();
  const { def, ids, dispatch, setOpen, reveal } = useEditor();
  const add = () => {
    const index = def.transitions.length;
    dispatch({ type: 'transition.add' });
    reveal(['transitions', index, 'label']);
  };
  const allOpen = (open: boolean) => ids.transitions.forEach((id) => setOpen(id, open));
  return (
    <section className="admin-section" aria-labelledby="admin-transitions-title">
      <div className="admin-section__head">
        <h2 id="admin-transitions-title">{t('editor.transitions')}</h2>
        <p className="admin-muted">{t('editor.transitionsIntro')}</p>
        <div className="admin-inline">
          <button type="button" className="admin-link-btn" onClick={() => allOpen(true)}>
            {t('editor.expandAll')}
          </button>
          <button type="button" className="admin-link-btn" onClick={() => allOpen(false)}>
            {t('editor.collapseAll')}
          </button>
        </div>
      </div>
      {def.transitions.length === 0 && <p className="admin-empty">{t('editor.noTransitions')}</p>}
      <ul className="admin-list" aria-label={t('editor.transitions')}>
        {def.transitions.map((t, i) => (
          <TransitionPanel
            key={ids.transitions[i]}
            id={ids.transitions[i]!}
            transition={t}
            index={i}
          />
        ))}
      </ul>
      <button type="button" className="admin-btn" onClick={add}>
        + Add transition
      </button>
    </section>
  );
}
