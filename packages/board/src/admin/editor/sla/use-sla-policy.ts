import type { SlaPolicy } from '@stageflow/engine';
import { useEditor } from '../editor-context.ts';

/**
 * The draft's SLA policy and a writer for it. A policy with no targets is kept while it still
 * holds a calendar or clock stages (validate() then asks for a target); otherwise it goes away.
 */
export function useSlaPolicy(): {
  policy: SlaPolicy | undefined;
  setPolicy: (next: SlaPolicy) => void;
} {
  const { def, dispatch } = useEditor();
  const setPolicy = (next: SlaPolicy) => {
    const empty = next.targets.length === 0 && !next.calendar && !next.pausedIn && !next.stoppedIn;
    dispatch({ type: 'sla', policy: empty ? undefined : next });
  };
  return { policy: def.slaPolicy, setPolicy };
}
