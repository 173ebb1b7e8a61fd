import { useState } from 'react';
import type { FieldDef, FieldValue } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { pathId } from '../../paths.ts';
import { FormRow } from '../form/FormRow.tsx';
import { useProblemsAt } from '../problems/problems-context.ts';
import { ProblemMessages } from '../problems/ProblemText.tsx';
import { useT } from '../../../i18n/useT.ts';

interface Props {
  field: FieldDef | undefined;
  path: DefPath;
  values: FieldValue[];
  onChange: (values: FieldValue[]) => void;
}

/** "is one of": ticks for a select field's options, otherwise a comma-separated list. */
export function InValuesInput({ field, path, values, onChange }: Props) {
  const { t } = useT();
  const problems = useProblemsAt(path);
  // The text is kept as typed (a trailing comma included); the list is derived from it.
  const [text, setText] = useState(() => values.map(String).join(', '));
  if (field?.type === 'select') {
    const id = pathId(path);
    return (
      <fieldset className="admin-fieldset admin-row--wide" id={id} tabIndex={-1}>
        <legend>{t('editor.values')}</legend>
        <div className="admin-checks">
          {field.options?.map((o) => (
            <label key={o.value} className="admin-check">
              <input
                type="checkbox"
                checked={values.includes(o.value)}
                onChange={(e) =>
                  onChange(
                    e.target.checked ? [...values, o.value] : values.filter((v) => v !== o.value),
                  )
                }
              />
              {o.label}
            </label>
          ))}
        </div>
        <ProblemMessages id={`${id}-problems`} problems={problems} />
      </fieldset>
    );
  }
  const numeric = field?.type === 'number' || field?.type === 'money';
  return (
    <FormRow label={t('editor.values')} path={path} hint={t('editor.valuesHint')}>
      {(c) => (
        <input
          {...c}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            onChange(parseList(e.target.value, numeric));
          }}
        />
      )}
    </FormRow>
  );
}

function parseList(text: string, numeric: boolean): FieldValue[] {
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return numeric ? parts.map(Number).filter(Number.isFinite) : parts;
}
