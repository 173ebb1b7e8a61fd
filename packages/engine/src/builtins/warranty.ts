import type { WorkflowDefinition } from '../definition.schema.ts';
import { stageColor } from './palette.ts';

// A manufacturer's warranty claim: eligibility check, then repair or replacement.
// Rejected is a cancelled stage with one way out: a paid post-warranty service offer.
// An accepted offer closes the claim (the paid work runs as a repair order); a declined one cancels.
// Added beyond the brief: `withdraw` from any open stage, since customers drop claims.
export const warrantyWorkflow: WorkflowDefinition = {
  key: 'warranty',
  name: 'Warranty claims',
  version: 1,
  description: 'Warranty claims from submission to repair or replacement.',
  fields: [
    { key: 'customer', label: 'Customer', type: 'text', required: true, showOnCard: true },
    { key: 'product', label: 'Product', type: 'text', required: true, showOnCard: true },
    { key: 'serialNumber', label: 'Serial number', type: 'text', required: true },
    { key: 'purchaseDate', label: 'Purchase date', type: 'date', required: true },
    {
      key: 'warrantyMonths',
      label: 'Warranty (months)',
      type: 'number',
      required: true,
      min: 1,
      max: 240,
      description: 'Length of the warranty from the purchase date, e.g. 24.',
    },
    {
      key: 'claimDate',
      label: 'Claim date',
      type: 'date',
      description: 'Set automatically when the eligibility check starts.',
    },
    { key: 'defectDescription', label: 'Defect description', type: 'longtext' },
    {
      key: 'rejectionReason',
      label: 'Rejection reason',
      type: 'select',
      options: [
        { value: 'out_of_warranty', label: 'Warranty expired' },
        { value: 'physical_damage', label: 'Physical or liquid damage' },
        { value: 'unauthorized_repair', label: 'Opened or repaired by a third party' },
        { value: 'no_fault_found', label: 'No fault found' },
        { value: 'no_proof_of_purchase', label: 'No proof of purchase' },
        { value: 'other', label: 'Other' },
      ],
    },
    {
      key: 'resolution',
      label: 'Resolution',
      type: 'select',
      options: [
        { value: 'repair', label: 'Repair' },
        { value: 'replacement', label: 'Replacement' },
      ],
    },
    { key: 'serviceQuote', label: 'Paid service quote', type: 'money', currency: 'EUR' },
  ],
  stages: [
    {
      key: 'submitted',
      label: 'Submitted',
      category: 'open',
      description: 'Claim received, not yet looked at.',
      color: stageColor.open,
      sla: { amount: 2, unit: 'days' },
    },
    {
      key: 'eligibility_check',
      label: 'Eligibility check',
      category: 'active',
      description: 'Checking warranty period, proof of purchase and the defect.',
      color: stageColor.active,
      sla: { amount: 3, unit: 'days' },
    },
    {
      key: 'approved',
      label: 'Approved',
      category: 'active',
      description: 'Claim accepted; repair or replacement being arranged.',
      color: stageColor.active,
      sla: { amount: 2, unit: 'days' },
    },
    {
      key: 'in_fulfilment',
      label: 'In fulfilment',
      category: 'active',
      description: 'Being repaired, or the replacement is on its way.',
      color: stageColor.active,
      sla: { amount: 10, unit: 'days' },
      wipLimit: 15,
    },
    {
      key: 'resolved',
      label: 'Resolved',
      category: 'active',
      description: 'Repaired or replaced; waiting for the customer to confirm.',
      color: stageColor.waiting,
      sla: { amount: 7, unit: 'days' },
    },
    {
      key: 'paid_service_offered',
      label: 'Paid service offered',
      category: 'active',
      description: 'Claim rejected; the customer was offered a paid repair.',
      color: stageColor.waiting,
      sla: { amount: 14, unit: 'days' },
    },
    {
      key: 'closed',
      label: 'Closed',
      category: 'done',
      description: 'Claim settled.',
      color: stageColor.done,
    },
    {
      key: 'rejected',
      label: 'Rejected',
      category: 'cancelled',
      description: 'Not covered by the warranty.',
      color: stageColor.cancelled,
    },
    {
      key: 'cancelled',
      label: 'Cancelled',
      category: 'cancelled',
      description: 'Withdrawn by the customer, or the paid offer was declined.',
      color: stageColor.cancelled,
    },
  ],
  initial: 'submitted',
  transitions: [
    {
      event: 'start_check',
      label: 'Start eligibility check',
      from: 'submitted',
      to: 'eligibility_check',
      requires: ['defectDescription'],
      // A claim date recorded at intake is kept: a slow check must not cost the customer the warranty.
      assign: [{ field: 'claimDate', from: 'eventDate', ifEmpty: true }],
    },
    {
      event: 'approve',
      label: 'Approve claim',
      from: 'eligibility_check',
      to: 'approved',
      requires: ['resolution'],
      // Covered when the warranty period, counted from the purchase, reaches the claim date.
      guard: {
        all: [
          {
            date: 'purchaseDate',
            plus: { field: 'warrantyMonths' },
            unit: 'months',
            op: 'gte',
            than: { field: 'claimDate' },
          },
          { date: 'purchaseDate', plus: 0, unit: 'days', op: 'lte', than: { field: 'claimDate' } },
        ],
      },
    },
    {
      event: 'reject',
      label: 'Reject claim',
      from: 'eligibility_check',
      to: 'rejected',
      requires: ['rejectionReason'],
    },
    {
      event: 'start_fulfilment',
      label: 'Start repair or replacement',
      from: 'approved',
      to: 'in_fulfilment',
    },
    { event: 'mark_resolved', label: 'Mark as resolved', from: 'in_fulfilment', to: 'resolved' },
    { event: 'close', label: 'Close claim', from: 'resolved', to: 'closed' },
    {
      event: 'offer_paid_service',
      label: 'Offer paid service',
      from: 'rejected',
      to: 'paid_service_offered',
      requires: ['serviceQuote'],
    },
    {
      event: 'accept_offer',
      label: 'Customer accepted offer',
      description: 'Close the claim and open a repair order for the paid work.',
      from: 'paid_service_offered',
      to: 'closed',
    },
    {
      event: 'decline_offer',
      label: 'Customer declined offer',
      from: 'paid_service_offered',
      to: 'cancelled',
    },
    { event: 'withdraw', label: 'Withdraw claim', from: '*', to: 'cancelled' },
  ],
};
