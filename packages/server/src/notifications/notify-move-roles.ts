// A transition that declares `notify` tells those roles each time it is made (by a person or by
// its timer), in the move's own transaction.
import type { Role, WorkflowDefinition } from '@stageflow/engine';
import type { CardRow } from '../db/schema.ts';
import type { WriteTx } from '../db/transaction.ts';
import { notifyRoles } from './notify-roles.ts';

export async function notifyMoveRoles(
  trx: WriteTx,
  definition: WorkflowDefinition,
  event: string,
  card: CardRow,
  actorId: string,
  at: string,
): Promise<void> {
  const transition = definition.transitions.find((t) => t.event === event);
  if (!transition?.notify) return;
  const stage = definition.stages.find((s) => s.key === card.stage);
  await notifyRoles(trx, {
    roles: transition.notify as Role[],
    actorId,
    card,
    at,
    detail: {
      threshold: 'move',
      toStage: card.stage,
      toStageLabel: stage?.label ?? card.stage,
      ...(stage?.labels ? { toStageLabels: stage.labels } : {}),
      moveLabel: transition.label,
      ...(transition.labels ? { moveLabels: transition.labels } : {}),
    },
  });
}
