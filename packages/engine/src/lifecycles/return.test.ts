// The return lifecycle (RMA) as a service manager walks it: Requested → Authorized | Rejected →
// Received → Inspection → Refunded | Exchanged | Returned to customer → Closed.
import { describe, expect, it } from 'vitest';
import { edit, moves, returnWorkflow as ret, start, step, type PersistedCard } from '../index.ts';
import { accepted, at, board, rejected, walk } from './support.ts';

const today = at('2025-03-01T09:00:00.000Z');
const admin = at(today.now, 'admin');
const order = { customer: 'Jana Novak', product: 'Cordless drill X18', orderNumber: 'SO-88213' };
const requested = (extra = {}) => accepted(start(ret, { ...order, ...extra }, today)).snapshot;
const recent = () => requested({ purchaseDate: '2025-02-14', reason: 'defective' });
/** A card in Inspection, with `extra` fields edited in (e.g. the inspection result). */
function inInspection(extra: Record<string, string> = {}): PersistedCard {
  const card = walk(ret, recent(), ['authorize', 'receive', 'start_inspection'], today);
  return Object.keys(extra).length ? accepted(edit(ret, card, extra, today)).snapshot : card;
}
const oldPurchase = (date: string) =>
  `Purchase date ${date} is more than 30 days before today (2025-03-01).`;

describe('return: happy paths', () => {
  it('records a request in Requested, due for an answer within two days', () => {
    const result = accepted(start(ret, order, today));
    expect(result).toMatchObject({
      stage: 'requested',
      from: null,
      dueAt: '2025-03-03T09:00:00.000Z',
    });
    expect(Object.keys(result.changes)).toEqual(['customer', 'product', 'orderNumber']);
  });

  it('authorizes, receives, inspects and refunds a resellable item, dating the refund', () => {
    const authorized = accepted(
      step(ret, requested(), { type: 'authorize', fields: { purchaseDate: '2025-02-14' } }, today),
    );
    expect(authorized).toMatchObject({ stage: 'authorized', dueAt: '2025-03-15T09:00:00.000Z' });
    expect(authorized.changes).toEqual({ purchaseDate: { from: undefined, to: '2025-02-14' } });

    const got = accepted(
      step(ret, authorized.snapshot, { type: 'receive' }, at('2025-03-06T14:00:00.000Z')),
    );
    expect(got).toMatchObject({ stage: 'received', dueAt: '2025-03-08T14:00:00.000Z' });
    const inspection = accepted(
      step(ret, got.snapshot, { type: 'start_inspection' }, at('2025-03-07T08:00:00.000Z')),
    );
    expect(inspection).toMatchObject({ stage: 'inspection', dueAt: '2025-03-10T08:00:00.000Z' });

    const refunded = accepted(
      step(
        ret,
        inspection.snapshot,
        { type: 'refund', fields: { inspectionResult: 'resellable', refundAmount: 129.9 } },
        at('2025-03-08T11:30:00.000Z'),
      ),
    );
    expect(refunded).toMatchObject({ stage: 'refunded', dueAt: '2025-03-13T11:30:00.000Z' });
    expect(refunded.changes).toEqual({
      inspectionResult: { from: undefined, to: 'resellable' },
      refundAmount: { from: undefined, to: 129.9 },
      refundedOn: { from: undefined, to: '2025-03-08' },
    });

    const closed = accepted(
      step(ret, refunded.snapshot, { type: 'close' }, at('2025-03-12T09:00:00.000Z')),
    );
    expect(closed).toMatchObject({ stage: 'closed', from: 'refunded', dueAt: null, changes: {} });
  });

  it('refunds a defective item too', () => {
    const card = inInspection();
    const fields = { inspectionResult: 'defective', refundAmount: 129.9 };
    expect(step(ret, card, { type: 'refund', fields }, today)).toMatchObject({
      ok: true,
      stage: 'refunded',
    });
  });

  it('sends a replacement for a defective item, then closes', () => {
    const exchanged = accepted(
      step(
        ret,
        inInspection(),
        { type: 'exchange', fields: { inspectionResult: 'defective' } },
        today,
      ),
    );
    expect(exchanged).toMatchObject({ stage: 'exchanged', dueAt: '2025-03-08T09:00:00.000Z' });
    expect(exchanged.snapshot.context.fields.refundedOn).toBeUndefined();
    expect(step(ret, exchanged.snapshot, { type: 'close' }, today)).toMatchObject({
      ok: true,
      stage: 'closed',
    });
  });

  it('sends an item the customer damaged back to them, then closes', () => {
    const back = accepted(
      step(
        ret,
        inInspection(),
        { type: 'return_to_customer', fields: { inspectionResult: 'damaged_by_customer' } },
        today,
      ),
    );
    expect(back).toMatchObject({
      stage: 'returned_to_customer',
      dueAt: '2025-03-08T09:00:00.000Z',
    });
    expect(step(ret, back.snapshot, { type: 'close' }, today)).toMatchObject({
      ok: true,
      stage: 'closed',
    });
    const incomplete = inInspection({ inspectionResult: 'missing_parts' });
    expect(step(ret, incomplete, { type: 'return_to_customer' }, today)).toMatchObject({
      ok: true,
    });
  });

  it('authorizes a purchase made exactly 30 days ago, and refuses one made 31 days ago', () => {
    expect(
      step(ret, requested({ purchaseDate: '2025-01-30' }), { type: 'authorize' }, today),
    ).toMatchObject({
      ok: true,
      stage: 'authorized',
    });
    expect(
      step(ret, requested({ purchaseDate: '2025-01-29' }), { type: 'authorize' }, today),
    ).toMatchObject({
      ok: false,
      code: 'guard_failed',
      message: oldPurchase('2025-01-29'),
    });
  });

  it('lets an admin authorize an old purchase as an exception', () => {
    const old = requested({ purchaseDate: '2024-11-02' });
    expect(step(ret, old, { type: 'authorize_exception' }, admin)).toMatchObject({
      ok: true,
      stage: 'authorized',
      from: 'requested',
    });
  });

  it('rejects a request with a reason', () => {
    const result = accepted(
      step(
        ret,
        requested(),
        { type: 'reject', fields: { rejectionReason: 'Software licence, not returnable' } },
        today,
      ),
    );
    expect(result).toMatchObject({ stage: 'rejected', dueAt: null });
    expect(result.changes).toEqual({
      rejectionReason: { from: undefined, to: 'Software licence, not returnable' },
    });
  });

  it('withdraws a request, before or after it was authorized', () => {
    expect(step(ret, requested(), { type: 'withdraw' }, today)).toMatchObject({
      stage: 'withdrawn',
    });
    const authorized = walk(ret, recent(), ['authorize'], today);
    expect(step(ret, authorized, { type: 'withdraw' }, today)).toMatchObject({
      stage: 'withdrawn',
      from: 'authorized',
    });
  });
});

describe('return: refusals and their sentences', () => {
  it('will not record a request without customer, product and order number', () => {
    expect(start(ret, {}, today)).toMatchObject({
      code: 'fields_missing',
      missing: ['customer', 'product', 'orderNumber'],
      message: 'Customer is required. Product is required. Order number is required.',
    });
  });

  it('refuses an unknown reason, a wrong amount and a wrong date', () => {
    const result = rejected(
      start(
        ret,
        { ...order, reason: 'broken', refundAmount: '129,90', purchaseDate: '14.02.2025' },
        today,
      ),
    );
    expect(result.code).toBe('invalid_fields');
    expect(result.reasons).toEqual([
      'Return reason must be one of Defective, Wrong item delivered, Not as described, Damaged in transit, Changed mind, Other.',
      'Refund amount must be a number.',
      'Purchase date must be a date written like 2025-03-01.',
    ]);
  });

  it('refuses a move from the wrong stage and says where it is possible', () => {
    expect(step(ret, requested(), { type: 'receive' }, today)).toMatchObject({
      code: 'not_possible_from_stage',
      message: '"Mark as received" is not possible from Requested; it is possible from Authorized.',
    });
    const received = walk(ret, recent(), ['authorize', 'receive'], today);
    expect(step(ret, received, { type: 'refund' }, today)).toMatchObject({
      code: 'not_possible_from_stage',
      message: '"Issue refund" is not possible from Received; it is possible from Inspection.',
    });
    expect(step(ret, received, { type: 'withdraw' }, today)).toMatchObject({
      code: 'not_possible_from_stage',
      message:
        '"Withdraw return" is not possible from Received; it is possible from Requested or Authorized.',
    });
    expect(step(ret, inInspection(), { type: 'close' }, today)).toMatchObject({
      code: 'not_possible_from_stage',
      message:
        '"Close return" is not possible from Inspection; it is possible from Refunded, Exchanged or Returned to customer.',
    });
  });

  it('asks for the purchase date before authorizing', () => {
    expect(step(ret, requested(), { type: 'authorize' }, today)).toMatchObject({
      code: 'fields_missing',
      missing: ['purchaseDate'],
      message: '"Authorize return" needs Purchase date.',
    });
  });

  it('refuses a manager the 30-day window and the exception', () => {
    const old = requested({ purchaseDate: '2024-11-02' });
    expect(step(ret, old, { type: 'authorize' }, today)).toMatchObject({
      code: 'guard_failed',
      message: oldPurchase('2024-11-02'),
    });
    expect(step(ret, old, { type: 'authorize_exception' }, today)).toMatchObject({
      code: 'role_not_permitted',
      message: 'Only admins may "Authorize as exception"; you are signed in as manager.',
    });
  });

  it('asks for a reason before rejecting', () => {
    expect(
      step(ret, requested(), { type: 'reject', fields: { rejectionReason: '' } }, today),
    ).toMatchObject({
      code: 'fields_missing',
      missing: ['rejectionReason'],
      message: '"Reject return" needs Rejection reason.',
    });
  });

  it('asks for the inspection result (and the amount for a refund) before settling', () => {
    const card = inInspection();
    expect(step(ret, card, { type: 'refund' }, today)).toMatchObject({
      code: 'fields_missing',
      missing: ['inspectionResult', 'refundAmount'],
      message: '"Issue refund" needs Inspection result and Refund amount.',
    });
    expect(
      step(ret, card, { type: 'refund', fields: { inspectionResult: 'resellable' } }, today),
    ).toMatchObject({
      code: 'fields_missing',
      missing: ['refundAmount'],
      message: '"Issue refund" needs Refund amount.',
    });
    expect(step(ret, card, { type: 'exchange' }, today)).toMatchObject({
      code: 'fields_missing',
      message: '"Send replacement" needs Inspection result.',
    });
    expect(step(ret, card, { type: 'return_to_customer' }, today)).toMatchObject({
      code: 'fields_missing',
      message: '"Send back to customer" needs Inspection result.',
    });
  });

  it('refunds or exchanges no item the customer damaged or sent back incomplete', () => {
    const damaged = inInspection({ inspectionResult: 'damaged_by_customer' });
    expect(
      step(ret, damaged, { type: 'refund', fields: { refundAmount: 129.9 } }, today),
    ).toMatchObject({
      code: 'guard_failed',
      message: 'Inspection result is Damaged by customer, but it must be Resellable or Defective.',
    });
    const incomplete = inInspection({ inspectionResult: 'missing_parts' });
    expect(step(ret, incomplete, { type: 'exchange' }, today)).toMatchObject({
      code: 'guard_failed',
      message: 'Inspection result is Missing parts, but it must be Resellable or Defective.',
    });
  });

  it('sends back no item that qualifies for a refund', () => {
    expect(
      step(
        ret,
        inInspection(),
        { type: 'return_to_customer', fields: { inspectionResult: 'resellable' } },
        today,
      ),
    ).toMatchObject({
      code: 'guard_failed',
      message:
        'Inspection result is Resellable, but it must be Damaged by customer or Missing parts.',
    });
  });

  it('refuses an unknown inspection result or a refund amount in words', () => {
    const card = inInspection();
    expect(
      step(
        ret,
        card,
        { type: 'refund', fields: { inspectionResult: 'ok', refundAmount: 'full' } },
        today,
      ),
    ).toMatchObject({
      code: 'invalid_fields',
      reasons: [
        'Inspection result must be one of Resellable, Damaged by customer, Defective, Missing parts.',
        'Refund amount must be a number.',
      ],
    });
  });

  it('lets a viewer look but not move', () => {
    expect(step(ret, recent(), { type: 'authorize' }, at(today.now, 'viewer'))).toMatchObject({
      code: 'role_not_permitted',
      message: 'Viewers can look at cards but not move them.',
    });
  });
});

describe('return: moves the board lights up', () => {
  it('in Requested, purchase date not yet known: authorize asks for it', () => {
    const list = moves(ret, requested(), today);
    expect(list.map((m) => [m.event, m.allowed, m.missing])).toEqual([
      ['authorize', true, ['purchaseDate']],
      ['authorize_exception', false, []],
      ['reject', true, ['rejectionReason']],
      ['withdraw', true, []],
    ]);
  });

  it('in Requested, old purchase: a manager is pointed to an admin, an admin may make the exception', () => {
    const old = requested({ purchaseDate: '2024-11-02' });
    expect(board(moves(ret, old, today))).toEqual([
      ['authorize', 'guard_failed', oldPurchase('2024-11-02')],
      [
        'authorize_exception',
        'role_not_permitted',
        'Only admins may "Authorize as exception"; you are signed in as manager.',
      ],
      ['reject', 'allowed'],
      ['withdraw', 'allowed'],
    ]);
    expect(board(moves(ret, old, admin))).toEqual([
      ['authorize', 'guard_failed', oldPurchase('2024-11-02')],
      ['authorize_exception', 'allowed'],
      ['reject', 'allowed'],
      ['withdraw', 'allowed'],
    ]);
  });

  it('in Inspection before a result: every settlement open, asking for the result', () => {
    const list = moves(ret, inInspection(), today);
    expect(list.map((m) => [m.event, m.toLabel, m.allowed, m.missing])).toEqual([
      ['refund', 'Refunded', true, ['inspectionResult', 'refundAmount']],
      ['exchange', 'Exchanged', true, ['inspectionResult']],
      ['return_to_customer', 'Returned to customer', true, ['inspectionResult']],
    ]);
  });

  it('in Inspection with a damaged item: only the send-back', () => {
    const damaged = inInspection({ inspectionResult: 'damaged_by_customer' });
    const why = 'Inspection result is Damaged by customer, but it must be Resellable or Defective.';
    expect(board(moves(ret, damaged, today))).toEqual([
      ['refund', 'guard_failed', why],
      ['exchange', 'guard_failed', why],
      ['return_to_customer', 'allowed'],
    ]);
  });
});

describe('return: the window only looks back', () => {
  it('refuses a purchase date in the future instead of calling it old', () => {
    expect(
      step(ret, requested({ purchaseDate: '2025-06-01' }), { type: 'authorize' }, today),
    ).toMatchObject({
      code: 'guard_failed',
      message: 'Purchase date 2025-06-01 must be on or before today (2025-03-01).',
    });
  });
});
