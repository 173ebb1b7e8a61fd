import type { FieldDef } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { pathId } from '../../paths.ts';
import { FormRow } from '../form/FormRow.tsx';
import { ProblemText } from '../problems/ProblemText.tsx';
import { useT } from '../../../i18n/useT.ts';

type Option = NonNullable<FieldDef['options']>[number];

/** The choices of a select field: the stored value and the label people see. */
export function OptionsEditor({
  options,
  path,
  onChange,
}: {
  options: Option[];
  path: DefPath;
  onChange: (next: Option[]) => void;
}) {
  const { t } = useT();
  const set = (i: number, next: Option) => onChange(options.map((o, j) => (j === i ? next : o)));
  return (
    <fieldset className="admin-fieldset" id={pathId(path)} tabIndex={-1}>
      <legend>{t('editor.options')}</legend>
      <ol className="admin-options">
        {options.map((o, i) => (
          <li key={i} className="admin-inline">
            <FormRow
              label={t('editor.optionLabel', { n: i + 1 })}
              path={[...path, i, 'label']}
              className="admin-row--inline"
            >
              {(c) => (
                <input
                  {...c}
                  value={o.label}
                  onChange={(e) => set(i, { ...o, label: e.target.value })}
                />
              )}
            </FormRow>
            <FormRow label="value" path={[...path, i, 'value']} className="admin-row--inline">
              {(c) => (
                <input
                  {...c}
                  className="admin-mono"
                  value={o.value}
                  onChange={(e) => set(i, { ...o, value: e.target.value })}
                />
              )}
            </FormRow>
            <button
              type="button"
              className="admin-icon-btn admin-icon-btn--danger"
              aria-label={t('editor.removeOption', { name: o.label || i + 1 })}
              onClick={() => onChange(options.filter((_, j) => j !== i))}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <ProblemText path={path} claimed={options.map((_, i) => String(i))} />
      <button
        type="button"
        className="admin-btn admin-btn--small"
        onClick={() =>
          onChange([
            ...options,
            {
              value: `option${options.length + 1}`,
              label: t('editor.optionN', { n: options.length + 1 }),
            },
          ])
        }
      >
        + Add option
      </button>
    </fieldset>
  );
}
