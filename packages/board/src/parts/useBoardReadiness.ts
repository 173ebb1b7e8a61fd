// Keeps the parts facts of a board's cards fresh: loaded with the board, and again shortly after
// a change to one of its cards or to a purchase order (a goods receipt may have covered a repair).
import type { WorkflowDefinition } from '@stageflow/engine';
import { useEffect, useRef } from 'react';
import { useLiveChanges } from '../api/LiveProvider.tsx';
import { stagesWaitingForParts } from './parts-rules.ts';
import { loadReadiness, useReadinessVersion } from './readiness-store.ts';

const RELOAD_DELAY_MS = 250;

export function useBoardReadiness(
  workflow: string,
  definition: WorkflowDefinition | undefined,
): number {
  const waits = stagesWaitingForParts(definition).size > 0;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (waits) void loadReadiness(workflow);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [workflow, waits]);
  useLiveChanges((change) => {
    const changed = 'workflowKey' in change ? change.workflowKey : undefined;
    if (!waits || (changed !== workflow && changed !== 'purchase_order')) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void loadReadiness(workflow), RELOAD_DELAY_MS);
  });
  return useReadinessVersion();
}
