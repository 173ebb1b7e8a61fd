import type { ReactNode } from 'react';
import { useId } from 'react';
import type { DefPath } from '../../paths.ts';
import { pathId } from '../../paths.ts';
import { problemsAt, useProblems } from '../problems/problems-context.ts';
import { ProblemMessages } from '../problems/ProblemText.tsx';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FormRowProps {
  label: string;
  /** Where in the definition this input writes: its problems show here, and its id is derived from it. */
  path?: DefPath;
  hint?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled input with its validation problems underneath. */
export function FormRow({ label, path, hint, className, children }: FormRowProps) {
  const fallbackId = useId();
  const id = path ? pathId(path) : fallbackId;
  const all = useProblems();
  const problems = path ? problemsAt(all, path) : [];
  const problemId = `${id}-problems`;
  const hintId = `${id}-hint`;
  const describedBy = [problems.length ? problemId : '', hint ? hintId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`admin-row ${problems.length ? 'admin-row--invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id} className="admin-row__label">
        {label}
      </label>
      {children({
        id,
        'aria-invalid': problems.length > 0,
        'aria-describedby': describedBy || undefined,
      })}
      {hint && (
        <span className="admin-row__hint" id={hintId}>
          {hint}
        </span>
      )}
      <ProblemMessages id={problemId} problems={problems} />
    </div>
  );
}
