import type { ReactNode } from 'react';
import type { DefPath } from '../../paths.ts';
import { pathId } from '../../paths.ts';
import { useProblemsAt } from '../problems/problems-context.ts';
import { ProblemMessages } from '../problems/ProblemText.tsx';

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
  /** "stage" or "field": a checked key no item has any more shows as "<key> (unknown stage)". */
  noun: string;
  onChange: (keys: string[]) => void;
  /** Shown instead of the checkboxes when there is nothing to pick. */
  empty?: ReactNode;
}

/** A checkbox per stage or field key; keys that no longer exist stay checked and visible until removed. */
export function KeyChecklist({ legend, path, value, items, noun, onChange, empty }: Props) {
  const problems = useProblemsAt(path);
  const id = pathId(path);
  const unknown = value.filter((key) => !items.some((item) => item.key === key));
  return (
    <fieldset className="admin-fieldset" id={id} tabIndex={-1}>
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
            {key} (unknown {noun})
          </label>
        ))}
      </div>
      <ProblemMessages id={`${id}-problems`} problems={problems} />
    </fieldset>
  );
}
