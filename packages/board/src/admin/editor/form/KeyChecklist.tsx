import type { ReactNode } from 'react';
import type { DefPath } from '../../paths.ts';
import { pathId } from '../../paths.ts';
import { useProblemsAt } from '../problems/problems-context.ts';
import { ProblemMessages } from '../problems/ProblemText.tsx';
import { useT } from '../../../i18n/useT.ts';

export interface ChecklistItem {
  key: string;
  label: string;
  /** Stable React key (the draft's id for the stage or field), so renaming a key keeps focus. */
  id: string | undefined;
}

interface Props {
  legend: string;
  path: DefPath;
  value: string[];
  items: ChecklistItem[];
  /** A checked key no stage or field has any more shows as "<key> (unknown stage)". */
  noun: 'stage' | 'field' | 'category';
  onChange: (keys: string[]) => void;
  /** Shown instead of the checkboxes when there is nothing to pick. */
  empty?: ReactNode;
  hint?: string;
}

/** A checkbox per stage or field key; keys that no longer exist stay checked and visible until removed. */
export function KeyChecklist({ legend, path, value, items, noun, onChange, empty, hint }: Props) {
  const { t } = useT();
  const problems = useProblemsAt(path);
  const id = pathId(path);
  const unknown = value.filter((key) => !items.some((item) => item.key === key));
  return (
    <fieldset className="admin-fieldset" id={id} tabIndex={-1} aria-invalid={problems.length > 0}>
      <legend>{legend}</legend>
      {items.length === 0 && empty}
      <div className="admin-checks">
        {items.map((item) => (
          <label key={item.id} className="admin-check">
            <input
              type="checkbox"
              checked={value.includes(item.key)}
              onChange={(e) =>
                onChange(
                  e.target.checked ? [...value, item.key] : value.filter((k) => k !== item.key),
                )
              }
            />
            {item.label || item.key}
          </label>
        ))}
        {unknown.map((key) => (
          <label key={`unknown-${key}`} className="admin-check admin-check--invalid">
            <input
              type="checkbox"
              checked
              onChange={() => onChange(value.filter((k) => k !== key))}
            />
            {t(`editor.unknownKey.${noun}`, { key })}
          </label>
        ))}
      </div>
      {hint && <span className="admin-row__hint">{hint}</span>}
      <ProblemMessages id={`${id}-problems`} problems={problems} />
    </fieldset>
  );
}
