import type { WorkflowDefinition } from '../definition.schema.ts';
import { seoulServiceCalendar } from './calendar.ts';
import { stageColor } from './palette.ts';

/** What a repair order opened for a claim's unit starts with, read from the claim and its unit. */
const repairOfUnit = {
  customer: { field: 'customer', path: 'name' },
  equipment: { field: 'unit', path: 'product' },
  serialNumber: { field: 'unit', path: 'serialNumber' },
  unit: { field: 'unit' },
  purchaseDate: { field: 'unit', path: 'purchaseDate' },
};

/** The claim's repair order (a child card) is handed back: done, not cancelled. */
const repairDone = { linked: 'repair', category: ['done' as const] };

// A manufacturer's warranty claim: eligibility check, then repair or replacement.
// Rejected is a cancelled stage with one way out: a paid post-warranty service offer.
// An accepted offer closes the claim (the paid work runs as a repair order); a declined one cancels.
// Added beyond the brief: `withdraw` from any open stage, since customers drop claims.
// The claim points at an equipment unit of the installed base; eligibility reads the unit's
// purchase date and warranty period, so nobody retypes them per claim.
export const warrantyWorkflow: WorkflowDefinition = {
  key: 'warranty',
  name: 'Warranty claims',
  labels: { ko: '보증 청구' },
  version: 1,
  description: 'Warranty claims from submission to repair or replacement.',
  fields: [
    {
      key: 'unit',
      label: 'Unit',
      labels: { ko: '장비' },
      type: 'equipment',
      required: true,
      showOnCard: true,
      description:
        'The equipment unit claimed for: its purchase date and warranty decide the claim.',
    },
    {
      key: 'customer',
      label: 'Customer',
      labels: { ko: '고객' },
      type: 'customer',
      showOnCard: true,
      description: "Filled from the unit's owner when the check starts, unless given.",
    },
    {
      key: 'claimDate',
      label: 'Claim date',
      labels: { ko: '청구일' },
      type: 'date',
      description: 'Set automatically when the eligibility check starts.',
    },
    {
      key: 'defectDescription',
      label: 'Defect description',
      labels: { ko: '결함 내용' },
      type: 'longtext',
    },
    {
      key: 'rejectionReason',
      label: 'Rejection reason',
      labels: { ko: '거절 사유' },
      type: 'select',
      options: [
        { value: 'out_of_warranty', label: 'Warranty expired', labels: { ko: '보증 기간 만료' } },
        {
          value: 'physical_damage',
          label: 'Physical or liquid damage',
          labels: { ko: '외관 파손 또는 침수' },
        },
        {
          value: 'unauthorized_repair',
          label: 'Opened or repaired by a third party',
          labels: { ko: '제3자 분해 또는 수리' },
        },
        { value: 'no_fault_found', label: 'No fault found', labels: { ko: '이상 없음' } },
        {
          value: 'no_proof_of_purchase',
          label: 'No proof of purchase',
          labels: { ko: '구매 증빙 없음' },
        },
        { value: 'other', label: 'Other', labels: { ko: '기타' } },
      ],
    },
    {
      key: 'resolution',
      label: 'Resolution',
      labels: { ko: '처리 방법' },
      type: 'select',
      options: [
        { value: 'repair', label: 'Repair', labels: { ko: '수리' } },
        { value: 'replacement', label: 'Replacement', labels: { ko: '교환' } },
      ],
    },
    {
      key: 'serviceQuote',
      label: 'Paid service quote',
      labels: { ko: '유상 수리 견적' },
      type: 'money',
      currency: 'EUR',
    },
  ],
  stages: [
    {
      key: 'submitted',
      label: 'Submitted',
      labels: { ko: '청구 접수' },
      category: 'open',
      description: 'Claim received, not yet looked at.',
      color: stageColor.open,
      sla: { amount: 2, unit: 'days' },
    },
    {
      key: 'eligibility_check',
      label: 'Eligibility check',
      labels: { ko: '보증 대상 확인' },
      category: 'active',
      description: 'Checking warranty period, proof of purchase and the defect.',
      color: stageColor.active,
      sla: { amount: 3, unit: 'days' },
    },
    {
      key: 'approved',
      label: 'Approved',
      labels: { ko: '승인' },
      category: 'active',
      description: 'Claim accepted; repair or replacement being arranged.',
      color: stageColor.active,
      sla: { amount: 2, unit: 'days' },
    },
    {
      key: 'in_fulfilment',
      label: 'In fulfilment',
      labels: { ko: '처리 중' },
      category: 'active',
      description: 'Being repaired, or the replacement is on its way.',
      color: stageColor.active,
      sla: { amount: 10, unit: 'days' },
      wipLimit: 15,
    },
    {
      key: 'resolved',
      label: 'Resolved',
      labels: { ko: '해결' },
      category: 'active',
      description: 'Repaired or replaced; waiting for the customer to confirm.',
      color: stageColor.waiting,
      sla: { amount: 7, unit: 'days' },
    },
    {
      key: 'paid_service_offered',
      label: 'Paid service offered',
      labels: { ko: '유상 수리 제안됨' },
      category: 'active',
      description: 'Claim rejected; the customer was offered a paid repair.',
      color: stageColor.waiting,
      sla: { amount: 14, unit: 'days' },
    },
    {
      key: 'closed',
      label: 'Closed',
      labels: { ko: '종료' },
      category: 'done',
      description: 'Claim settled.',
      color: stageColor.done,
    },
    {
      key: 'rejected',
      label: 'Rejected',
      labels: { ko: '거절' },
      category: 'cancelled',
      description: 'Not covered by the warranty.',
      color: stageColor.cancelled,
    },
    {
      key: 'cancelled',
      label: 'Cancelled',
      labels: { ko: '취소' },
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
      labels: { ko: '보증 대상 확인 시작' },
      from: 'submitted',
      to: 'eligibility_check',
      requires: ['defectDescription'],
      // A claim date recorded at intake is kept: a slow check must not cost the customer the warranty.
      assign: [
        { field: 'claimDate', from: 'eventDate', ifEmpty: true },
        { field: 'customer', copy: { field: 'unit', path: 'customer' }, ifEmpty: true },
      ],
    },
    {
      event: 'approve',
      label: 'Approve claim',
      labels: { ko: '청구 승인' },
      from: 'eligibility_check',
      to: 'approved',
      requires: ['resolution'],
      // Covered when the warranty period, counted from the purchase, reaches the claim date.
      guard: {
        all: [
          {
            date: { field: 'unit', path: 'purchaseDate' },
            plus: { field: 'unit', path: 'warrantyMonths' },
            unit: 'months',
            op: 'gte',
            than: { field: 'claimDate' },
          },
          {
            date: { field: 'unit', path: 'purchaseDate' },
            plus: 0,
            unit: 'days',
            op: 'lte',
            than: { field: 'claimDate' },
          },
        ],
      },
      // A claim settled by repair opens the repair order for the work, linked to the claim.
      effects: [
        {
          spawn: {
            workflow: 'repair',
            when: { field: 'resolution', op: 'eq', value: 'repair' },
            fields: { ...repairOfUnit, underWarranty: { value: true } },
          },
        },
      ],
    },
    {
      event: 'reject',
      label: 'Reject claim',
      labels: { ko: '청구 거절' },
      from: 'eligibility_check',
      to: 'rejected',
      requires: ['rejectionReason'],
    },
    {
      event: 'start_fulfilment',
      label: 'Start repair or replacement',
      labels: { ko: '수리 또는 교환 시작' },
      from: 'approved',
      to: 'in_fulfilment',
    },
    {
      event: 'mark_resolved',
      label: 'Mark as resolved',
      labels: { ko: '해결 처리' },
      from: 'in_fulfilment',
      to: 'resolved',
      guard: repairDone,
    },
    {
      event: 'repair_completed',
      label: 'Repair completed',
      labels: { ko: '수리 완료' },
      description: 'Made by the repair order the claim opened, when the unit is handed back.',
      from: ['approved', 'in_fulfilment'],
      to: 'resolved',
      guard: repairDone,
    },
    {
      event: 'close',
      label: 'Close claim',
      labels: { ko: '청구 종료' },
      description: 'Closes by itself when the customer has not come back within 14 days.',
      from: 'resolved',
      to: 'closed',
      after: { amount: 14, unit: 'days' },
    },
    {
      event: 'offer_paid_service',
      label: 'Offer paid service',
      labels: { ko: '유상 수리 제안' },
      from: 'rejected',
      to: 'paid_service_offered',
      requires: ['serviceQuote'],
    },
    {
      event: 'accept_offer',
      label: 'Customer accepted offer',
      labels: { ko: '고객 제안 수락' },
      description: 'Close the claim and open a repair order for the paid work.',
      from: 'paid_service_offered',
      to: 'closed',
      effects: [
        {
          spawn: {
            workflow: 'repair',
            fields: {
              ...repairOfUnit,
              underWarranty: { value: false },
              quoteAmount: { field: 'serviceQuote' },
            },
          },
        },
      ],
    },
    {
      event: 'decline_offer',
      label: 'Customer declined offer',
      labels: { ko: '고객 제안 거절' },
      from: 'paid_service_offered',
      to: 'cancelled',
    },
    {
      event: 'withdraw',
      label: 'Withdraw claim',
      labels: { ko: '청구 철회' },
      from: '*',
      to: 'cancelled',
    },
  ],
  // A decision (approve or reject) within two business days; the whole claim within ten,
  // not counting the days the customer takes to confirm.
  slaPolicy: {
    calendar: seoulServiceCalendar,
    pausedIn: ['resolved', 'paid_service_offered'],
    targets: [
      {
        key: 'decision',
        label: 'Decision',
        labels: { ko: '승인 여부 결정' },
        stages: ['submitted', 'eligibility_check'],
        within: { amount: 2, unit: 'businessDays' },
        escalate: { warning: ['manager'] },
      },
      {
        key: 'settled',
        label: 'Claim settled',
        labels: { ko: '청구 처리 완료' },
        within: { amount: 10, unit: 'businessDays' },
      },
    ],
  },
};
