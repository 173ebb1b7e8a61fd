import { useEffect, useMemo, useState } from 'react';
import type { Problem, WorkflowDefinition } from '@stageflow/engine';
import { validate } from '@stageflow/engine';
import { useT } from '../../../i18n/useT.ts';

/**
 * The engine's problems with the draft, recomputed a moment after typing pauses (validate walks the
 * whole graph, so it is not run on every keystroke of a fast typist) and memoized per draft.
 */
export function useValidation(
  def: WorkflowDefinition,
  delayMs = 150,
  /** The published workflows, for effects and linked conditions that name them (when loaded). */
  workflows?: WorkflowDefinition[],
): { problems: Problem[]; pending: boolean; validated: WorkflowDefinition } {
  const [settled, setSettled] = useState(def);
  useEffect(() => {
    if (settled === def) return;
    const timer = setTimeout(() => setSettled(def), delayMs);
    return () => clearTimeout(timer);
  }, [def, settled, delayMs]);
  // The engine words the problems in the editor's language.
  const { locale } = useT();
  const problems = useMemo(() => {
    const lookup = workflows && ((key: string) => workflows.find((w) => w.key === key));
    return validate(settled, locale, lookup);
  }, [settled, locale, workflows]);
  // `validated` is the draft the problems belong to: the diagram draws that one, so the two agree.
  return { problems, pending: settled !== def, validated: settled };
}
