import { useEditor } from '../editor-context.ts';
import { FieldEditor } from './FieldEditor.tsx';
import { useT } from '../../../i18n/useT.ts';

export function FieldsSection() {
  const { t } = useT();
  const { def, ids, dispatch, reveal } = useEditor();
  const add = () => {
    const index = def.fields.length;
    dispatch({ type: 'field.add' });
    reveal(['fields', index, 'label']);
  };
  return (
    <section className="admin-section" aria-labelledby="admin-fields-title">
      <div className="admin-section__head">
        <h2 id="admin-fields-title">{t('editor.fields')}</h2>
        <p className="admin-muted">{t('editor.fieldsIntro')}</p>
      </div>
      {def.fields.length === 0 && <p className="admin-empty">{t('editor.noFields')}</p>}
      <ul className="admin-list" aria-label={t('editor.fields')}>
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
