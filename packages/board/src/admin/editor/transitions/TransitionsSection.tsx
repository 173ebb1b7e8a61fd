import { useEditor } from '../editor-context.ts';
import { TransitionPanel } from './TransitionPanel.tsx';

export function TransitionsSection() {
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
        <h2 id="admin-transitions-title">Transitions</h2>
        <p className="admin-muted">
          The moves a card can make between stages, and what each one needs.
        </p>
        <div className="admin-inline">
          <button type="button" className="admin-link-btn" onClick={() => allOpen(true)}>
            Expand all
          </button>
          <button type="button" className="admin-link-btn" onClick={() => allOpen(false)}>
            Collapse all
          </button>
        </div>
      </div>
      {def.transitions.length === 0 && (
        <p className="admin-empty">
          No transitions yet: cards could never leave their first stage.
        </p>
      )}
      <ul className="admin-list" aria-label="Transitions">
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
