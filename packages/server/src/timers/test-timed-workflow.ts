// A small workflow with timed transitions for the timer tests: a waiting card escalates by itself
// after a day; a quote expires after two hours unless it was marked as held.
import type { WorkflowDefinition } from '@stageflow/engine';

export const timedWorkflow: WorkflowDefinition = {
  key: 'timed',
  name: 'Timed requests',
  version: 1,
  fields: [
    { key: 'customer', label: 'Customer', type: 'text', required: true },
    { key: 'hold', label: 'Hold', type: 'boolean' },
  ],
  stages: [
    { key: 'waiting', label: 'Waiting', category: 'open' },
    { key: 'escalated', label: 'Escalated', category: 'active' },
    { key: 'quoted', label: 'Quoted', category: 'active' },
    { key: 'done', label: 'Done', category: 'done' },
    { key: 'expired', label: 'Expired', category: 'cancelled' },
  ],
  initial: 'waiting',
  transitions: [
    {
      event: 'escalate',
      label: 'Escalate',
      from: 'waiting',
      to: 'escalated',
      after: { amount: 1, unit: 'days' },
    },
    { event: 'quote', label: 'Quote', from: ['waiting', 'escalated'], to: 'quoted' },
    {
      event: 'expire',
      label: 'Expire quote',
      from: 'quoted',
      to: 'expired',
      after: { amount: 2, unit: 'hours' },
      guard: { field: 'hold', op: 'ne', value: true, message: 'The quote is on hold.' },
    },
    { event: 'finish', label: 'Finish', from: ['waiting', 'escalated', 'quoted'], to: 'done' },
  ],
};
