// The path driven through each lifecycle: a new card's fields, then every move to a final stage.
// Both sides of the engine benchmark walk the same path and must end in the same snapshots.
import type { AnyStateMachine } from 'xstate';
import {
  dealWorkflow,
  repairWorkflow,
  returnWorkflow,
  warrantyWorkflow,
  type EngineEvent,
  type Fields,
  type Refs,
  type WorkflowDefinition,
} from '@stageflow/engine';
import { dealMachine } from './hand-written/deal.ts';
import { repairMachine } from './hand-written/repair.ts';
import { returnMachine } from './hand-written/return.ts';
import { warrantyMachine } from './hand-written/warranty.ts';

export interface Lifecycle {
  definition: WorkflowDefinition;
  byHand: AnyStateMachine;
  fields: Fields;
  /** The records the card's reference fields point at (the server resolves them per move). */
  refs?: Refs;
  path: EngineEvent[];
}

export const NOW = '2025-03-10T09:00:00.000Z';

export const lifecycles: Lifecycle[] = [
  {
    definition: dealWorkflow,
    byHand: dealMachine,
    fields: { customer: 'Nordwind GmbH', contactEmail: 'buyer@nordwind.example' },
    path: [
      { type: 'qualify' },
      { type: 'schedule_demo' },
      { type: 'send_proposal', fields: { amount: 12_400 } },
      { type: 'start_negotiation' },
      { type: 'revise_proposal', fields: { amount: 11_900 } },
      { type: 'start_negotiation' },
      { type: 'mark_won', fields: { contractNumber: 'SC-2025-114' } },
    ],
  },
  {
    definition: repairWorkflow,
    byHand: repairMachine,
    fields: { customer: 'Café Lindner', equipment: 'La Marzocco GS3', serialNumber: 'GS3-48213' },
    path: [
      { type: 'start_diagnosis' },
      { type: 'send_quote', fields: { diagnosis: 'Boiler gasket leaks', quoteAmount: 240 } },
      { type: 'approve_quote', fields: { partsNeeded: 'Gasket kit GS3-GK' } },
      { type: 'parts_arrived' },
      { type: 'send_to_qc' },
      { type: 'fail_qc', fields: { qualityCheck: 'failed' } },
      { type: 'send_to_qc' },
      { type: 'pass_qc', fields: { qualityCheck: 'passed' } },
      { type: 'hand_back' },
    ],
  },
  {
    definition: returnWorkflow,
    byHand: returnMachine,
    fields: {
      customer: 'Jana Novak',
      product: 'Cordless drill XR-18',
      orderNumber: 'SO-88412',
      purchaseDate: '2025-02-20',
      reason: 'defective',
    },
    path: [
      { type: 'authorize' },
      { type: 'receive' },
      { type: 'start_inspection' },
      { type: 'refund', fields: { inspectionResult: 'defective', refundAmount: 129.9 } },
      { type: 'close' },
    ],
  },
  {
    definition: warrantyWorkflow,
    byHand: warrantyMachine,
    fields: { unit: 'unit-dm40' },
    refs: {
      unit: {
        id: 'unit-dm40',
        serialNumber: 'DM40-7781',
        product: 'Dough mixer DM-40',
        customer: 'cust-huber',
        purchaseDate: '2024-06-02',
        warrantyMonths: 24,
      },
    },
    path: [
      { type: 'start_check', fields: { defectDescription: 'Motor stalls under load' } },
      { type: 'approve', fields: { resolution: 'repair' } },
      { type: 'start_fulfilment' },
      { type: 'mark_resolved' },
      { type: 'close' },
    ],
  },
];
