// The repair-order lifecycle written by hand with XState's own setup()/createMachine.
import { assign, setup } from 'xstate';
import {
  DAY,
  dateOf,
  entered,
  filled,
  merged,
  type CardContext,
  type CardEvent,
} from './common.ts';

const sla = (days: number | null) => ({ slaMs: days === null ? null : days * DAY });
const enter = (target: string, days: number | null) => ({
  target,
  actions: { type: 'enter' as const, params: sla(days) },
});

export const repairMachine = setup({
  types: { context: {} as CardContext, events: {} as CardEvent, input: {} as CardContext },
  guards: {
    canQuote: ({ context, event }) => {
      const f = merged(context, event);
      return filled(f, ['diagnosis', 'quoteAmount']) && f.underWarranty !== true;
    },
    canOrderParts: ({ context, event }) => filled(merged(context, event), ['partsNeeded']),
    qcPassed: ({ context, event }) => merged(context, event).qualityCheck === 'passed',
    qcFailed: ({ context, event }) => merged(context, event).qualityCheck === 'failed',
  },
  actions: {
    enter: assign(({ context, event }, p: { slaMs: number | null }) =>
      entered(context, event, p.slaMs),
    ),
    toQc: assign(({ context, event }) =>
      entered(context, event, DAY, (f) => (f.qualityCheck = null)),
    ),
    handBack: assign(({ context, event }) =>
      entered(context, event, null, (f) => (f.handedOverOn = dateOf(event.now))),
    ),
  },
}).createMachine({
  id: 'repair-by-hand',
  initial: 'received',
  context: ({ input }) => input,
  states: {
    received: {
      on: { start_diagnosis: enter('diagnosis', 2), cancel: enter('cancelled', null) },
    },
    diagnosis: {
      on: {
        send_quote: { ...enter('awaiting_approval', 7), guard: 'canQuote' as const },
        cancel: enter('cancelled', null),
      },
    },
    awaiting_approval: {
      on: {
        approve_quote: { ...enter('awaiting_parts', 10), guard: 'canOrderParts' as const },
        approve_quote_no_parts: enter('in_repair', 3),
        decline_quote: enter('cancelled', null),
        cancel: enter('cancelled', null),
      },
    },
    awaiting_parts: {
      on: { parts_arrived: enter('in_repair', 3), cancel: enter('cancelled', null) },
    },
    in_repair: {
      on: {
        send_to_qc: { target: 'quality_check', actions: 'toQc' },
        cancel: enter('cancelled', null),
      },
    },
    quality_check: {
      on: {
        pass_qc: { ...enter('ready_for_pickup', 14), guard: 'qcPassed' as const },
        fail_qc: { ...enter('in_repair', 3), guard: 'qcFailed' as const },
        cancel: enter('cancelled', null),
      },
    },
    ready_for_pickup: {
      on: {
        hand_back: { target: 'closed', guard: 'qcPassed', actions: 'handBack' },
        cancel: enter('cancelled', null),
      },
    },
    closed: {},
    cancelled: {},
  },
});
