import { useState } from 'react';
import { WorkflowDefinition } from '@stageflow/engine';
import { useEditor } from '../editor-context.ts';
import { useT } from '../../../i18n/useT.ts';

/** The draft as JSON. Edits are applied only when the text parses and matches the definition format. */
export function JsonView() {
  const { t } = useT();
  const { def, dispatch } = useEditor();
  const current = JSON.stringify(def, null, 2);
  const [text, setText] = useState(current);
  const [errors, setErrors] = useState<string[]>([]);
  const edited = text !== current;

  const apply = () => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      setErrors([t('editor.notJson', { reason: (err as Error).message })]);
      return;
    }
    const result = WorkflowDefinition.safeParse(parsed);
    if (!result.success) {
      setErrors(result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
      return;
    }
    setErrors([]);
    setText(JSON.stringify(result.data, null, 2));
    dispatch({ type: 'replace', def: result.data });
  };

  return (
    <section className="admin-section admin-json" aria-labelledby="admin-json-title">
      <div className="admin-section__head">
        <h2 id="admin-json-title">JSON</h2>
        <p className="admin-muted">{t('editor.jsonIntro')}</p>
      </div>
      <label htmlFor="admin-json-text" className="admin-row__label">
        {t('editor.definitionJson')}
      </label>
      <textarea
        id="admin-json-text"
        className="admin-json__text admin-mono"
        spellCheck={false}
        value={text}
        aria-invalid={errors.length > 0}
        onChange={(e) => setText(e.target.value)}
      />
      {errors.length > 0 && (
        <ul className="admin-problem-text" role="alert">
          {errors.slice(0, 12).map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
      <div className="admin-inline">
        <button
          type="button"
          className="admin-btn admin-btn--primary"
          disabled={!edited}
          onClick={apply}
        >
          {t('editor.applyJson')}
        </button>
        <button
          type="button"
          className="admin-btn"
          disabled={!edited}
          onClick={() => {
            setText(current);
            setErrors([]);
          }}
        >
          {t('editor.discardJson')}
        </button>
      </div>
    </section>
  );
}
