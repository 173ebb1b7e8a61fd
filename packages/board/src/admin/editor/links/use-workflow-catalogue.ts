// The published workflows an effect or a linked condition may name (their latest definitions):
// the editor offers them in its pickers and hands them to the engine's `validate`, so a wrong
// target workflow, field or event is reported at its control before publishing, as the server will.
import type { WorkflowDefinition } from '@stageflow/engine';
import { useEffect, useState } from 'react';
import { listWorkflows } from '../../../api/endpoints.ts';

/** Undefined until loaded (or when they cannot be read: the server still checks on publish). */
export function useWorkflowCatalogue(): WorkflowDefinition[] | undefined {
  const [workflows, setWorkflows] = useState<WorkflowDefinition[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    listWorkflows().then(
      (list) => live && setWorkflows(list.map((w) => w.definition)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return workflows;
}
