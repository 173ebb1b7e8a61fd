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
): { problems: Problem[]; pending: boolean; validated: WorkflowDefinition } {
  const [settled, setSettled] = useState(def);
  useEffect(() => {
    if (settled === def) return;
    const timer = setTimeout(() => setSettled(def), delayMs);
    return () => clearTimeout(timer);
  }, [def, settled, delayMs]);
  // The engine words the problems in the editor's language.
  const { locale } = useT();
  const problems = useMemo(() => validate(settled, locale), [settled, locale]);
  // `validated` is the draft the problems belong to: the diagram draws that one, so the two agree.
  return { problems, pending: settled !== def, validated: settled };
}
