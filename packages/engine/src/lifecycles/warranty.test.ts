// The warranty claim lifecycle as a service manager walks it: Submitted → Eligibility check →
// Approved | Rejected → In fulfilment → Resolved → Closed, and the paid offer after a rejection.
// The claim points at an equipment unit; the server hands the unit's record in `ctx.refs`.
import { describe, expect, it } from 'vitest';
import {
  edit,
  moves,
  start,
  step,
  warrantyWorkflow as warranty,
  type Ctx,
  type Fields,
  type RefRecord,
  type Role,
} from '../index.ts';
import { accepted, at as plainAt, board, rejected, walk } from './support.ts';

interface UnitFacts {
  purchaseDate?: string;
  warrantyMonths?: number;
}
const unitRecord = (facts: UnitFacts = {}): RefRecord => ({
  id: 'unit-dw6',
  serialNumber: 'DW6-20931',
  product: 'Dishwasher DW-600',
  customer: 'cust-jana',
  purchaseDate: '2024-06-15',
  warrantyMonths: 24,
  ...facts,
});
/** The acting manager at `now`, with the claimed unit's record as the server resolves it. */
const at = (now: string, unit: UnitFacts = {}, role: Role = 'manager'): Ctx => ({
  ...plainAt(now, role),
  refs: { unit: unitRecord(unit) },
});

const submittedAt = at('2025-03-01T09:00:00.000Z');
const claim = { unit: 'unit-dw6' };
const submitted = (extra: Fields = {}) =>
  accepted(start(warranty, { ...claim, ...extra }, submittedAt)).snapshot;
/** A claim whose eligibility check starts on `day` (which becomes its claim date). */
const inCheck = (extra: Fields = {}, day = '2025-03-01') =>
  walk(
    warranty,
    submitted({ defectDescription: 'Does not drain', ...extra }),
    ['start_check'],
    at(`${day}T10:00:00.000Z`),
  );
const approveOn = (card: ReturnType<typeof inCheck>, day: string, unit: UnitFacts = {}) =>
  step(
    warranty,
    card,
    { type: 'approve', fields: { resolution: 'repair' } },
    at(`${day}T15:00:00.000Z`, unit),
  );
const rejectedClaim = () =>
  walk(
    warranty,
    inCheck(),
    [{ type: 'reject', fields: { rejectionReason: 'physical_damage' } }],
    submittedAt,
  );

describe('warranty: happy paths', () => {
  it('records a claim in Submitted, due for a first look within two days', () => {
    const result = accepted(start(warranty, claim, submittedAt));
    expect(result).toMatchObject({
      stage: 'submitted',
      from: null,
      dueAt: '2025-03-03T09:00:00.000Z',
    });
    expect(Object.keys(result.changes)).toEqual(Object.keys(claim));
  });

  it('checks, approves, fulfils, resolves and closes a claim, dating the claim on the check', () => {
    const check = accepted(
      step(
        warranty,
        submitted(),
        { type: 'start_check', fields: { defectDescription: 'Does not drain' } },
        at('2025-03-02T08:15:00.000Z'),
      ),
    );
    expect(check).toMatchObject({ stage: 'eligibility_check', dueAt: '2025-03-05T08:15:00.000Z' });
    expect(check.changes).toEqual({
      defectDescription: { from: undefined, to: 'Does not drain' },
      claimDate: { from: undefined, to: '2025-03-02' },
      customer: { from: undefined, to: 'cust-jana' },
    });

    const approved = accepted(
      step(
        warranty,
        check.snapshot,
        { type: 'approve', fields: { resolution: 'replacement' } },
        at('2025-03-03T10:00:00.000Z'),
      ),
    );
    expect(approved).toMatchObject({ stage: 'approved', dueAt: '2025-03-05T10:00:00.000Z' });
    expect(approved.changes).toEqual({ resolution: { from: undefined, to: 'replacement' } });

    const fulfilment = accepted(
      step(
        warranty,
        approved.snapshot,
        { type: 'start_fulfilment' },
        at('2025-03-04T10:00:00.000Z'),
      ),
    );
    expect(fulfilment).toMatchObject({ stage: 'in_fulfilment', dueAt: '2025-03-14T10:00:00.000Z' });
    const resolved = accepted(
      step(
        warranty,
        fulfilment.snapshot,
        { type: 'mark_resolved' },
        at('2025-03-10T10:00:00.000Z'),
      ),
    );
    expect(resolved).toMatchObject({ stage: 'resolved', dueAt: '2025-03-17T10:00:00.000Z' });
    const closed = accepted(
      step(warranty, resolved.snapshot, { type: 'close' }, at('2025-03-12T10:00:00.000Z')),
    );
    expect(closed).toMatchObject({ stage: 'closed', from: 'resolved', dueAt: null, changes: {} });
    expect(closed.snapshot.context.fields).toMatchObject({
      claimDate: '2025-03-02',
      resolution: 'replacement',
    });
  });

  it('rejects a claim with a reason, then offers paid service the customer accepts', () => {
    const refused = accepted(
      step(
        warranty,
        inCheck(),
        { type: 'reject', fields: { rejectionReason: 'physical_damage' } },
        submittedAt,
      ),
    );
    expect(refused).toMatchObject({ stage: 'rejected', dueAt: null });
    const offered = accepted(
      step(
        warranty,
        refused.snapshot,
        { type: 'offer_paid_service', fields: { serviceQuote: 189 } },
        submittedAt,
      ),
    );
    expect(offered).toMatchObject({
      stage: 'paid_service_offered',
      dueAt: '2025-03-15T09:00:00.000Z',
    });
    expect(offered.changes).toEqual({ serviceQuote: { from: undefined, to: 189 } });
    expect(step(warranty, offered.snapshot, { type: 'accept_offer' }, submittedAt)).toMatchObject({
      ok: true,
      stage: 'closed',
    });
  });

  it('cancels the claim when the customer declines the paid offer', () => {
    const offered = walk(
      warranty,
      rejectedClaim(),
      [{ type: 'offer_paid_service', fields: { serviceQuote: 189 } }],
      submittedAt,
    );
    expect(step(warranty, offered, { type: 'decline_offer' }, submittedAt)).toMatchObject({
      ok: true,
      stage: 'cancelled',
      dueAt: null,
    });
  });

  it('lets the customer withdraw a claim that is still open', () => {
    const approved = walk(
      warranty,
      inCheck(),
      [{ type: 'approve', fields: { resolution: 'repair' } }],
      submittedAt,
    );
    for (const card of [submitted(), inCheck(), approved]) {
      expect(step(warranty, card, { type: 'withdraw' }, submittedAt)).toMatchObject({
        ok: true,
        stage: 'cancelled',
        from: card.value,
      });
    }
  });
});

describe('warranty: the warranty period', () => {
  it('approves a claim on the last covered day and refuses it one day later', () => {
    const lastDay = { purchaseDate: '2024-03-01', warrantyMonths: 12 };
    expect(approveOn(inCheck({}, '2025-03-01'), '2025-03-01', lastDay)).toMatchObject({
      ok: true,
      stage: 'approved',
    });
    expect(approveOn(inCheck({}, '2025-03-02'), '2025-03-02', lastDay)).toMatchObject({
      ok: false,
      code: 'guard_failed',
      message:
        "Unit DW6-20931's purchase date 2024-03-01 is more than 12 months before the claim date 2025-03-02.",
    });
  });

  it('judges the claim date, not the day the approval is made', () => {
    const card = inCheck({}, '2025-03-01');
    const unit = { purchaseDate: '2024-03-01', warrantyMonths: 12 };
    expect(approveOn(card, '2025-04-15', unit)).toMatchObject({ ok: true, stage: 'approved' });
  });

  it('names the serial, the purchase date, the period and the claim date when it refuses', () => {
    const card = inCheck({}, '2025-03-01');
    const sentence =
      "Unit DW6-20931's purchase date 2024-01-03 is more than 12 months before the claim date 2025-03-01.";
    expect(
      approveOn(card, '2025-03-01', { purchaseDate: '2024-01-03', warrantyMonths: 12 }),
    ).toEqual({ ok: false, code: 'guard_failed', message: sentence, reasons: [sentence] });
  });

  it('asks for the unit record when the server did not resolve it', () => {
    const card = inCheck({}, '2025-03-01');
    const withoutRecord = { ...plainAt('2025-03-01T15:00:00.000Z') };
    expect(
      step(warranty, card, { type: 'approve', fields: { resolution: 'repair' } }, withoutRecord),
    ).toMatchObject({
      code: 'guard_failed',
      message: "Unit's purchase date must be filled in to check this.",
    });
  });

  it('does not read a record resolved for another unit than the card points at', () => {
    const card = inCheck({}, '2025-03-01');
    const other = { ...at('2025-03-01T15:00:00.000Z') };
    other.refs = { unit: { ...unitRecord(), id: 'unit-other' } };
    expect(
      step(warranty, card, { type: 'approve', fields: { resolution: 'repair' } }, other),
    ).toMatchObject({ code: 'guard_failed' });
  });

  it('ends a one-month warranty bought on January 31 on the last day of February', () => {
    const jan31 = { purchaseDate: '2025-01-31', warrantyMonths: 1 };
    expect(approveOn(inCheck({}, '2025-02-28'), '2025-02-28', jan31)).toMatchObject({ ok: true });
    expect(approveOn(inCheck({}, '2025-03-01'), '2025-03-01', jan31)).toMatchObject({
      code: 'guard_failed',
      message:
        "Unit DW6-20931's purchase date 2025-01-31 is more than 1 month before the claim date 2025-03-01.",
    });
  });

  it('counts February 29 in a leap year', () => {
    const leap = { purchaseDate: '2024-01-31', warrantyMonths: 1 };
    expect(approveOn(inCheck({}, '2024-02-29'), '2024-02-29', leap)).toMatchObject({ ok: true });
    expect(approveOn(inCheck({}, '2024-03-01'), '2024-03-01', leap)).toMatchObject({
      code: 'guard_failed',
    });
    const bornOnLeapDay = { purchaseDate: '2024-02-29', warrantyMonths: 12 };
    expect(approveOn(inCheck({}, '2025-02-28'), '2025-02-28', bornOnLeapDay)).toMatchObject({
      ok: true,
    });
    expect(approveOn(inCheck({}, '2025-03-01'), '2025-03-01', bornOnLeapDay)).toMatchObject({
      code: 'guard_failed',
    });
  });

  it('reads the period from the unit: a 24-month warranty covers what 12 months would not', () => {
    const card = inCheck({}, '2025-03-01');
    expect(
      approveOn(card, '2025-03-01', { purchaseDate: '2023-06-15', warrantyMonths: 24 }),
    ).toMatchObject({ ok: true });
    expect(
      approveOn(card, '2025-03-01', { purchaseDate: '2023-06-15', warrantyMonths: 12 }),
    ).toMatchObject({
      message:
        "Unit DW6-20931's purchase date 2023-06-15 is more than 12 months before the claim date 2025-03-01.",
    });
  });

  it('asks for the claim date when it was cleared before the approval', () => {
    const cleared = accepted(edit(warranty, inCheck(), { claimDate: null }, submittedAt)).snapshot;
    expect(approveOn(cleared, '2025-03-01')).toMatchObject({
      code: 'guard_failed',
      message: 'Claim date must be filled in to check this.',
    });
  });
});

describe('warranty: refusals and their sentences', () => {
  it('will not record a claim without the unit the warranty check reads', () => {
    expect(start(warranty, { customer: 'cust-jana' }, submittedAt)).toMatchObject({
      code: 'fields_missing',
      missing: ['unit'],
      message: 'Unit is required.',
    });
  });

  it('keeps a customer given at intake instead of the unit owner', () => {
    const card = inCheck({ customer: 'cust-reseller' });
    expect(card.context.fields.customer).toBe('cust-reseller');
  });

  it('refuses an impossible claim date, a unit that is no id and an unknown resolution', () => {
    const result = rejected(
      start(warranty, { unit: 42, claimDate: '2024-02-30', resolution: 'refund' }, submittedAt),
    );
    expect(result.code).toBe('invalid_fields');
    expect(result.reasons).toEqual([
      'Unit must point at a unit of equipment.',
      'Claim date 2024-02-30 is not a real date.',
      'Resolution must be one of Repair, Replacement.',
    ]);
  });

  it('refuses a move from the wrong stage and says where it is possible', () => {
    expect(step(warranty, submitted(), { type: 'approve' }, submittedAt)).toMatchObject({
      code: 'not_possible_from_stage',
      message:
        '"Approve claim" is not possible from Submitted; it is possible from Eligibility check.',
    });
    expect(step(warranty, inCheck(), { type: 'offer_paid_service' }, submittedAt)).toMatchObject({
      code: 'not_possible_from_stage',
      message:
        '"Offer paid service" is not possible from Eligibility check; it is possible from Rejected.',
    });
    expect(step(warranty, rejectedClaim(), { type: 'withdraw' }, submittedAt)).toMatchObject({
      code: 'not_possible_from_stage',
      message:
        '"Withdraw claim" is not possible from Rejected; it is possible from Submitted, Eligibility check, Approved, In fulfilment, Resolved or Paid service offered.',
    });
  });

  it('asks for what each move needs', () => {
    expect(step(warranty, submitted(), { type: 'start_check' }, submittedAt)).toMatchObject({
      code: 'fields_missing',
      missing: ['defectDescription'],
      message: '"Start eligibility check" needs Defect description.',
    });
    expect(step(warranty, inCheck(), { type: 'approve' }, submittedAt)).toMatchObject({
      code: 'fields_missing',
      missing: ['resolution'],
      message: '"Approve claim" needs Resolution.',
    });
    expect(step(warranty, inCheck(), { type: 'reject' }, submittedAt)).toMatchObject({
      code: 'fields_missing',
      missing: ['rejectionReason'],
      message: '"Reject claim" needs Rejection reason.',
    });
    expect(
      step(warranty, rejectedClaim(), { type: 'offer_paid_service' }, submittedAt),
    ).toMatchObject({
      code: 'fields_missing',
      missing: ['serviceQuote'],
      message: '"Offer paid service" needs Paid service quote.',
    });
  });

  it('refuses an unknown rejection reason and a quote in words', () => {
    expect(
      step(
        warranty,
        inCheck(),
        { type: 'reject', fields: { rejectionReason: 'too old' } },
        submittedAt,
      ),
    ).toMatchObject({
      code: 'invalid_fields',
      message:
        'Rejection reason must be one of Warranty expired, Physical or liquid damage, Opened or repaired by a third party, No fault found, No proof of purchase, Other.',
    });
    expect(
      step(
        warranty,
        rejectedClaim(),
        { type: 'offer_paid_service', fields: { serviceQuote: '189 EUR' } },
        submittedAt,
      ),
    ).toMatchObject({ code: 'invalid_fields', message: 'Paid service quote must be a number.' });
  });

  it('will not let an edit empty the unit', () => {
    expect(edit(warranty, inCheck(), { unit: null }, submittedAt)).toMatchObject({
      code: 'invalid_fields',
      message: 'Unit is required.',
    });
  });

  it('lets a viewer look but not move', () => {
    expect(
      step(warranty, inCheck(), { type: 'reject' }, at(submittedAt.now, {}, 'viewer')),
    ).toMatchObject({
      code: 'role_not_permitted',
      message: 'Viewers can look at cards but not move them.',
    });
  });
});

describe('warranty: moves the board lights up', () => {
  it('in Submitted: start the check (asks for the defect) or withdraw', () => {
    const list = moves(warranty, submitted(), submittedAt);
    expect(list.map((m) => [m.event, m.toLabel, m.allowed, m.missing])).toEqual([
      ['start_check', 'Eligibility check', true, ['defectDescription']],
      ['withdraw', 'Cancelled', true, []],
    ]);
  });

  it('in Eligibility check within the period: approve asks for the resolution', () => {
    expect(
      moves(warranty, inCheck(), submittedAt).map((m) => [m.event, m.allowed, m.missing]),
    ).toEqual([
      ['approve', true, ['resolution']],
      ['reject', true, ['rejectionReason']],
      ['withdraw', true, []],
    ]);
  });

  it('in Eligibility check after the period: approval shown closed, with the dates', () => {
    const late = inCheck({}, '2025-03-01');
    const lateUnit = at(submittedAt.now, { purchaseDate: '2024-01-03', warrantyMonths: 12 });
    expect(board(moves(warranty, late, lateUnit))).toEqual([
      [
        'approve',
        'guard_failed',
        "Unit DW6-20931's purchase date 2024-01-03 is more than 12 months before the claim date 2025-03-01.",
      ],
      ['reject', 'allowed'],
      ['withdraw', 'allowed'],
    ]);
  });

  it('in Rejected: only the paid offer; in Paid service offered: accept, decline or withdraw', () => {
    expect(board(moves(warranty, rejectedClaim(), submittedAt))).toEqual([
      ['offer_paid_service', 'allowed'],
    ]);
    const offered = walk(
      warranty,
      rejectedClaim(),
      [{ type: 'offer_paid_service', fields: { serviceQuote: 189 } }],
      submittedAt,
    );
    expect(board(moves(warranty, offered, submittedAt))).toEqual([
      ['accept_offer', 'allowed'],
      ['decline_offer', 'allowed'],
      ['withdraw', 'allowed'],
    ]);
  });
});

describe('warranty: dates a slow or careless check must not bend', () => {
  it('keeps a claim date recorded at intake, so a slow check does not cost the warranty', () => {
    const card = inCheck({ claimDate: '2025-02-27' }, '2025-03-03');
    expect(card.context.fields.claimDate).toBe('2025-02-27');
    const unit = { purchaseDate: '2024-03-01', warrantyMonths: 12 };
    expect(approveOn(card, '2025-03-03', unit)).toMatchObject({ ok: true, stage: 'approved' });
  });

  it('refuses a purchase date after the claim date', () => {
    expect(approveOn(inCheck(), '2025-03-01', { purchaseDate: '2025-09-01' })).toMatchObject({
      code: 'guard_failed',
      message:
        "Unit DW6-20931's purchase date 2025-09-01 must be on or before the claim date 2025-03-01.",
    });
  });
});
