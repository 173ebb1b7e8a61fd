// The workflows Stageflow ships with, as plain definitions an admin can copy and edit.
import type { WorkflowDefinition } from '../definition.schema.ts';
import { dealWorkflow } from './deal.ts';
import { repairWorkflow } from './repair.ts';
import { returnWorkflow } from './return.ts';
import { warrantyWorkflow } from './warranty.ts';
import { purchaseOrderWorkflow } from './purchase-order.ts';

export { dealWorkflow, repairWorkflow, returnWorkflow, warrantyWorkflow, purchaseOrderWorkflow };

export const builtinWorkflows: WorkflowDefinition[] = [
  dealWorkflow,
  repairWorkflow,
  returnWorkflow,
  warrantyWorkflow,
  purchaseOrderWorkflow,
];
