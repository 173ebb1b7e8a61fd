// The warranty-claim lifecycle written by hand with XState's own setup()/createMachine.
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

/** `date` plus `months`, clamped to the month's last day (Jan 31 + 1 month = Feb 28). */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

export const warrantyMachine = setup({
  types: { context: {} as CardContext, events: {} as CardEvent, input: {} as CardContext },
  guards: {
    described: ({ context, event }) => filled(merged(context, event), ['defectDescription']),
    inWarranty: ({ context, event }) => {
      const f = merged(context, event);
      if (!filled(f, ['resolution'])) return false;
      const { claimDate } = f;
      const unit = event.refs?.unit;
      if (!unit || unit.id !== f.unit) return false;
      const { purchaseDate, warrantyMonths } = unit;
      if (typeof purchaseDate !== 'string' || typeof warrantyMonths !== 'number') return false;
      return typeof claimDate === 'string' && addMonths(purchaseDate, warrantyMonths) >= claimDate;
    },
  },
  actions: {
    enter: assign(({ context, event }, p: { slaMs: number | null }) =>
      entered(context, event, p.slaMs),
    ),
    startCheck: assign(({ context, event }) =>
      entered(context, event, 3 * DAY, (f) => {
        f.claimDate = dateOf(event.now);
        f.customer ??= event.refs?.unit?.customer ?? null;
      }),
    ),
  },
}).createMachine({
  id: 'warranty-by-hand',
  initial: 'submitted',
  context: ({ input }) => input,
  states: {
    submitted: {
      on: {
        start_check: { target: 'eligibility_check', guard: 'described', actions: 'startCheck' },
        withdraw: enter('cancelled', null),
      },
    },
    eligibility_check: {
      on: {
        approve: { ...enter('approved', 2), guard: 'inWarranty' as const },
        withdraw: enter('cancelled', null),
      },
    },
    approved: {
      on: { start_fulfilment: enter('in_fulfilment', 10), withdraw: enter('cancelled', null) },
    },
    in_fulfilment: {
      on: { mark_resolved: enter('resolved', 7), withdraw: enter('cancelled', null) },
    },
    resolved: { on: { close: enter('closed', null), withdraw: enter('cancelled', null) } },
    paid_service_offered: {},
    closed: {},
    rejected: {},
    cancelled: {},
  },
});
