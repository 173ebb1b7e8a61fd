// The sales-deal lifecycle written by hand with XState's own setup()/createMachine.
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

export const dealMachine = setup({
  types: { context: {} as CardContext, events: {} as CardEvent, input: {} as CardContext },
  guards: {
    hasAmount: ({ context, event }) => filled(merged(context, event), ['amount']),
    canWin: ({ context, event }) => filled(merged(context, event), ['amount', 'contractNumber']),
    canLose: ({ context, event }) => filled(merged(context, event), ['lostReason']),
  },
  actions: {
    enter: assign(({ context, event }, p: { slaMs: number | null }) =>
      entered(context, event, p.slaMs),
    ),
    close: assign(({ context, event }) =>
      entered(context, event, null, (f) => (f.closedOn = dateOf(event.now))),
    ),
    reopen: assign(({ context, event }) =>
      entered(context, event, 14 * DAY, (f) => {
        f.lostReason = null;
        f.closedOn = null;
      }),
    ),
  },
}).createMachine({
  id: 'deal-by-hand',
  initial: 'new',
  context: ({ input }) => input,
  states: {
    new: {
      on: {
        qualify: { target: 'qualified', actions: { type: 'enter', params: sla(14) } },
        mark_lost: { target: 'lost', guard: 'canLose', actions: 'close' },
      },
    },
    qualified: {
      on: {
        schedule_demo: { target: 'demo', actions: { type: 'enter', params: sla(10) } },
        send_proposal: {
          target: 'proposal',
          guard: 'hasAmount',
          actions: { type: 'enter', params: sla(10) },
        },
        mark_lost: { target: 'lost', guard: 'canLose', actions: 'close' },
      },
    },
    demo: {
      on: {
        send_proposal: {
          target: 'proposal',
          guard: 'hasAmount',
          actions: { type: 'enter', params: sla(10) },
        },
        mark_lost: { target: 'lost', guard: 'canLose', actions: 'close' },
      },
    },
    proposal: {
      on: {
        start_negotiation: { target: 'negotiation', actions: { type: 'enter', params: sla(14) } },
        mark_won: { target: 'won', guard: 'canWin', actions: 'close' },
        mark_lost: { target: 'lost', guard: 'canLose', actions: 'close' },
      },
    },
    negotiation: {
      on: {
        revise_proposal: {
          target: 'proposal',
          guard: 'hasAmount',
          actions: { type: 'enter', params: sla(10) },
        },
        mark_won: { target: 'won', guard: 'canWin', actions: 'close' },
        mark_lost: { target: 'lost', guard: 'canLose', actions: 'close' },
      },
    },
    won: {},
    lost: { on: { reopen: { target: 'qualified', actions: 'reopen' } } },
  },
});
