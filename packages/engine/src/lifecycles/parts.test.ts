// Parts on a repair: the moves that touch stock say so as an effect the server applies, and
// leaving Awaiting parts waits until every parts line is reserved from stock.
import { describe, expect, it } from 'vitest';
import { moves, purchaseOrderWorkflow, repairWorkflow as repair, start, step } from '../index.ts';
import type { Ctx, PartsFacts } from '../types.ts';
import { accepted, at, rejected, walk } from './support.ts';

const now = at('2025-03-03T08:30:00.000Z');
const machine = { customer: 'Café Central', equipment: 'Espresso machine', serialNumber: 'EM-1' };
const awaitingParts = () =>
  walk(
    repair,
    accepted(start(repair, machine, now)).snapshot,
    [
      'start_diagnosis',
      { type: 'send_quote', fields: { diagnosis: 'Pump worn', quoteAmount: 90 } },
      { type: 'approve_quote', fields: { partsNeeded: 'Pump seal' } },
    ],
    now,
  );
const short: PartsFacts = {
  lines: 2,
  short: [{ sku: 'PS-100', name: 'Pump seal', quantity: 2 }],
};
const withParts = (parts: PartsFacts, ctx: Ctx = now): Ctx => ({ ...ctx, parts });

describe('repair parts', () => {
  it('asks the server to reserve parts when the customer approves and to release them on cancel', () => {
    const card = walk(
      repair,
      accepted(start(repair, machine, now)).snapshot,
      ['start_diagnosis', { type: 'send_quote', fields: { diagnosis: 'Pump', quoteAmount: 90 } }],
      now,
    );
    const approved = accepted(
      step(repair, card, { type: 'approve_quote', fields: { partsNeeded: 'Seal' } }, now),
    );
    expect(approved.effects).toContainEqual({ type: 'parts', action: 'reserve' });
    const cancelled = accepted(step(repair, approved.snapshot, { type: 'cancel' }, now));
    expect(cancelled.effects).toContainEqual({ type: 'parts', action: 'release' });
  });

  it('keeps a repair in Awaiting parts while a line is not in stock, naming the part', () => {
    const refused = rejected(
      step(repair, awaitingParts(), { type: 'parts_arrived' }, withParts(short)),
    );
    expect(refused.code).toBe('guard_failed');
    expect(refused.message).toBe('Waiting for parts not yet in stock: 2 × Pump seal (PS-100).');
    const ko = rejected(
      step(
        repair,
        awaitingParts(),
        { type: 'parts_arrived' },
        withParts(short, { ...now, locale: 'ko' }),
      ),
    );
    expect(ko.message).toBe('아직 재고가 없는 부품을 기다리고 있습니다: Pump seal (PS-100) 2개.');
  });

  it('lets the repair leave Awaiting parts once every line is reserved', () => {
    const facts = withParts({ lines: 2, short: [] });
    expect(
      moves(repair, awaitingParts(), facts).find((m) => m.event === 'parts_arrived'),
    ).toMatchObject({ allowed: true });
    expect(accepted(step(repair, awaitingParts(), { type: 'parts_arrived' }, facts)).stage).toBe(
      'in_repair',
    );
  });

  it('receives a purchase order in parts, then the rest, each receipt an effect', () => {
    const po = accepted(
      start(purchaseOrderWorkflow, { part: 'PS-100', quantity: 10 }, now),
    ).snapshot;
    const ordered = walk(purchaseOrderWorkflow, po, ['place_order'], now);
    const part = accepted(
      step(
        purchaseOrderWorkflow,
        ordered,
        { type: 'receive_part', fields: { receivedNow: 4 } },
        now,
      ),
    );
    expect(part.stage).toBe('partially_received');
    expect(part.effects).toContainEqual({ type: 'parts', action: 'receive' });
    expect(part.snapshot.context.fields.receivedNow).toBeNull();
    const rest = accepted(
      step(
        purchaseOrderWorkflow,
        part.snapshot,
        { type: 'receive_all', fields: { receivedNow: 6 } },
        now,
      ),
    );
    expect(rest.stage).toBe('received');
  });
});
