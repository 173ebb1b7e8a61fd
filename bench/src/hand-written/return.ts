// The product-return (RMA) lifecycle written by hand with XState's own setup()/createMachine.
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
const SETTLED = ['resellable', 'defective'];

export const returnMachine = setup({
  types: { context: {} as CardContext, events: {} as CardEvent, input: {} as CardContext },
  guards: {
    boughtWithin30Days: ({ context, event }) => {
      const bought = merged(context, event).purchaseDate;
      if (typeof bought !== 'string') return false;
      const gap = Math.abs(Date.parse(dateOf(event.now)) - Date.parse(bought));
      return gap <= 30 * DAY;
    },
    canRefund: ({ context, event }) => {
      const f = merged(context, event);
      return (
        filled(f, ['inspectionResult', 'refundAmount']) &&
        SETTLED.includes(f.inspectionResult as string)
      );
    },
  },
  actions: {
    enter: assign(({ context, event }, p: { slaMs: number | null }) =>
      entered(context, event, p.slaMs),
    ),
    refund: assign(({ context, event }) =>
      entered(context, event, 5 * DAY, (f) => (f.refundedOn = dateOf(event.now))),
    ),
  },
}).createMachine({
  id: 'return-by-hand',
  initial: 'requested',
  context: ({ input }) => input,
  states: {
    requested: {
      on: {
        authorize: { ...enter('authorized', 14), guard: 'boughtWithin30Days' as const },
        withdraw: enter('withdrawn', null),
      },
    },
    authorized: { on: { receive: enter('received', 2), withdraw: enter('withdrawn', null) } },
    received: { on: { start_inspection: enter('inspection', 3) } },
    inspection: {
      on: { refund: { target: 'refunded', guard: 'canRefund', actions: 'refund' } },
    },
    refunded: { on: { close: enter('closed', null) } },
    exchanged: { on: { close: enter('closed', null) } },
    returned_to_customer: { on: { close: enter('closed', null) } },
    closed: {},
    rejected: {},
    withdrawn: {},
  },
});
