import { useEditor } from '../editor-context.ts';
import { FieldEditor } from './FieldEditor.tsx';

export function FieldsSection() {
  const { def, ids, dispatch, reveal } = useEditor();
  const add = () => {
    const index = def.fields.length;
    dispatch({ type: 'field.add' });
    reveal(['fields', index, 'label']);
  };
  return (
    <section className="admin-section" aria-labelledby="admin-fields-title">
      <div className="admin-section__head">
        <h2 id="admin-fields-title">Fields</h2>
        <p className="admin-muted">
          What a card records. Transitions can require fields and test them in conditions.
        </p>
      </div>
      {def.fields.length === 0 && <p className="admin-empty">No fields yet.</p>}
      <ul className="admin-list" aria-label="Fields">
        {def.fields.map((f, i) => (
          <FieldEditor key={ids.fields[i]} field={f} index={i} />
        ))}
      </ul>
      <button type="button" className="admin-btn" onClick={add}>
        + Add field
      </button>
    </section>
  );
}
