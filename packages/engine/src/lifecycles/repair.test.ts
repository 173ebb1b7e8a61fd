// The repair lifecycle as a workshop manager walks it: Received → Diagnosis → Awaiting approval
// (skipped under warranty) → Awaiting parts → In repair → Quality check → Ready for pickup → Closed.
import { describe, expect, it } from 'vitest';
import {
  edit,
  moves,
  repairWorkflow as repair,
  start,
  step,
  type Fields,
  type PersistedCard,
} from '../index.ts';
import { accepted, at, board, rejected, walk } from './support.ts';

const intake = at('2025-03-03T08:30:00.000Z');
const machine = {
  customer: 'Café Central',
  equipment: 'Espresso machine',
  serialNumber: 'EM-4471',
};
const received = (extra = {}) => accepted(start(repair, { ...machine, ...extra }, intake)).snapshot;
const inDiagnosis = (extra = {}) => walk(repair, received(extra), ['start_diagnosis'], intake);
const paidQuote = { diagnosis: 'Pump worn out', quoteAmount: 240 };
const inRepair = () =>
  walk(
    repair,
    inDiagnosis(),
    [{ type: 'send_quote', fields: paidQuote }, 'approve_quote_no_parts'],
    intake,
  );
const inQc = () => walk(repair, inRepair(), ['send_to_qc'], intake);
const readyForPickup = () =>
  walk(repair, inQc(), [{ type: 'pass_qc', fields: { qualityCheck: 'passed' } }], intake);

/** One move on a given day, unwrapped. */
const move = (card: PersistedCard, type: string, day: string, fields?: Fields) =>
  accepted(step(repair, card, { type, fields }, at(`${day}T10:00:00.000Z`)));

describe('repair: happy paths', () => {
  it('checks equipment in at the counter, due for a technician within a day', () => {
    const result = accepted(start(repair, machine, intake));
    expect(result).toMatchObject({
      stage: 'received',
      from: null,
      dueAt: '2025-03-04T08:30:00.000Z',
    });
    expect(Object.keys(result.changes)).toEqual(['customer', 'equipment', 'serialNumber']);
  });

  it('walks a paid repair with parts from intake to hand-back, dating the hand-over', () => {
    const diagnosis = move(received(), 'start_diagnosis', '2025-03-03');
    expect(diagnosis).toMatchObject({ stage: 'diagnosis', dueAt: '2025-03-05T10:00:00.000Z' });

    const quoted = move(diagnosis.snapshot, 'send_quote', '2025-03-04', paidQuote);
    expect(quoted).toMatchObject({ stage: 'awaiting_approval', dueAt: '2025-03-11T10:00:00.000Z' });
    expect(quoted.changes).toEqual({
      diagnosis: { from: undefined, to: 'Pump worn out' },
      quoteAmount: { from: undefined, to: 240 },
    });

    const ordered = move(quoted.snapshot, 'approve_quote', '2025-03-05', {
      partsNeeded: 'Pump 230V',
    });
    expect(ordered).toMatchObject({ stage: 'awaiting_parts', dueAt: '2025-03-15T10:00:00.000Z' });

    const bench = move(ordered.snapshot, 'parts_arrived', '2025-03-10');
    expect(bench).toMatchObject({ stage: 'in_repair', dueAt: '2025-03-13T10:00:00.000Z' });

    const qc = move(bench.snapshot, 'send_to_qc', '2025-03-11');
    expect(qc).toMatchObject({
      stage: 'quality_check',
      dueAt: '2025-03-12T10:00:00.000Z',
      changes: {},
    });

    const ready = move(qc.snapshot, 'pass_qc', '2025-03-11', { qualityCheck: 'passed' });
    expect(ready).toMatchObject({ stage: 'ready_for_pickup', dueAt: '2025-03-25T10:00:00.000Z' });
    // Sending to QC cleared the verdict (null), so the check records a fresh one.
    expect(ready.changes).toEqual({ qualityCheck: { from: null, to: 'passed' } });

    const closed = move(ready.snapshot, 'hand_back', '2025-03-14');
    expect(closed).toMatchObject({ stage: 'closed', from: 'ready_for_pickup', dueAt: null });
    expect(closed.changes).toEqual({ handedOverOn: { from: undefined, to: '2025-03-14' } });
  });

  it('goes straight to the bench when the customer approves a quote that needs no parts', () => {
    const quoted = walk(repair, inDiagnosis(), [{ type: 'send_quote', fields: paidQuote }], intake);
    expect(move(quoted, 'approve_quote_no_parts', '2025-03-05')).toMatchObject({
      stage: 'in_repair',
      from: 'awaiting_approval',
    });
  });

  it('skips the quote under warranty: parts ordered or repair started straight from diagnosis', () => {
    const card = inDiagnosis({ underWarranty: true, purchaseDate: '2024-09-01' });
    const parts = move(card, 'warranty_order_parts', '2025-03-04', {
      diagnosis: 'Heating element failed',
      partsNeeded: 'Heating element',
    });
    expect(parts).toMatchObject({ stage: 'awaiting_parts', from: 'diagnosis' });
    expect(parts.snapshot.context.fields.quoteAmount).toBeUndefined();

    const bench = move(card, 'warranty_start_repair', '2025-03-04', { diagnosis: 'Loose wire' });
    expect(bench).toMatchObject({
      stage: 'in_repair',
      from: 'diagnosis',
      dueAt: '2025-03-07T10:00:00.000Z',
    });
  });

  it('sends a failed check back to the bench and clears the verdict for the next round', () => {
    const failed = move(inQc(), 'fail_qc', '2025-03-06', { qualityCheck: 'failed' });
    expect(failed).toMatchObject({ stage: 'in_repair', from: 'quality_check' });
    const again = move(failed.snapshot, 'send_to_qc', '2025-03-07');
    expect(again.changes).toEqual({ qualityCheck: { from: 'failed', to: null } });
    const passed = move(again.snapshot, 'pass_qc', '2025-03-07', { qualityCheck: 'passed' });
    expect(passed.stage).toBe('ready_for_pickup');
  });

  it('cancels when the customer declines the quote', () => {
    const quoted = walk(repair, inDiagnosis(), [{ type: 'send_quote', fields: paidQuote }], intake);
    expect(move(quoted, 'decline_quote', '2025-03-06')).toMatchObject({
      stage: 'cancelled',
      dueAt: null,
    });
  });

  it('cancels from any stage that is still open', () => {
    for (const card of [received(), inDiagnosis(), inRepair(), inQc(), readyForPickup()]) {
      expect(move(card, 'cancel', '2025-03-06')).toMatchObject({
        stage: 'cancelled',
        from: card.value,
      });
    }
  });
});

describe('repair: refusals and their sentences', () => {
  it('will not check equipment in without the equipment and its serial number', () => {
    expect(start(repair, { customer: 'Café Central' }, intake)).toMatchObject({
      code: 'fields_missing',
      missing: ['equipment', 'serialNumber'],
      message: 'Equipment is required. Serial number is required.',
    });
  });

  it('refuses values of the wrong type and unknown options', () => {
    const result = rejected(
      start(
        repair,
        {
          ...machine,
          underWarranty: 'yes',
          qualityCheck: 'ok',
          quoteAmount: '240',
          purchaseDate: '2024-13-01',
        },
        intake,
      ),
    );
    expect(result.code).toBe('invalid_fields');
    expect(result.reasons).toEqual([
      'Under warranty must be yes or no.',
      'Quality check must be one of Passed, Failed.',
      'Quote must be a number.',
      'Purchase date 2024-13-01 is not a real date.',
    ]);
  });

  it('refuses a move from the wrong stage and says where it is possible', () => {
    expect(step(repair, received(), { type: 'send_to_qc' }, intake)).toMatchObject({
      code: 'not_possible_from_stage',
      message:
        '"Send to quality check" is not possible from Received; it is possible from In repair.',
    });
    expect(step(repair, inQc(), { type: 'hand_back' }, intake)).toMatchObject({
      code: 'not_possible_from_stage',
      message:
        '"Hand back to customer" is not possible from Quality check; it is possible from Ready for pickup.',
    });
    const closed = walk(repair, readyForPickup(), ['hand_back'], intake);
    expect(step(repair, closed, { type: 'cancel' }, intake)).toMatchObject({
      code: 'not_possible_from_stage',
      message:
        '"Cancel repair" is not possible from Closed; it is possible from Received, Diagnosis, Awaiting approval, Awaiting parts, In repair, Quality check or Ready for pickup.',
    });
  });

  it('asks for the diagnosis (and what each exit needs) before a repair leaves Diagnosis', () => {
    const paid = inDiagnosis();
    expect(step(repair, paid, { type: 'send_quote' }, intake)).toMatchObject({
      code: 'fields_missing',
      missing: ['diagnosis', 'quoteAmount'],
      message: '"Send quote to customer" needs Diagnosis and Quote.',
    });
    expect(
      step(repair, paid, { type: 'send_quote', fields: { diagnosis: 'Pump worn out' } }, intake),
    ).toMatchObject({
      code: 'fields_missing',
      missing: ['quoteAmount'],
      message: '"Send quote to customer" needs Quote.',
    });
    const warranty = inDiagnosis({ underWarranty: true });
    expect(step(repair, warranty, { type: 'warranty_order_parts' }, intake)).toMatchObject({
      code: 'fields_missing',
      missing: ['diagnosis', 'partsNeeded'],
      message: '"Under warranty: order parts" needs Diagnosis and Parts needed.',
    });
    expect(step(repair, warranty, { type: 'warranty_start_repair' }, intake)).toMatchObject({
      code: 'fields_missing',
      missing: ['diagnosis'],
      message: '"Under warranty: start repair" needs Diagnosis.',
    });
  });

  it('asks which parts to order when the customer approves a quote that needs parts', () => {
    const quoted = walk(repair, inDiagnosis(), [{ type: 'send_quote', fields: paidQuote }], intake);
    expect(step(repair, quoted, { type: 'approve_quote' }, intake)).toMatchObject({
      code: 'fields_missing',
      missing: ['partsNeeded'],
      message: '"Customer approved: order parts" needs Parts needed.',
    });
  });

  it('sends no quote for a repair under warranty', () => {
    const warranty = inDiagnosis({ underWarranty: true });
    expect(step(repair, warranty, { type: 'send_quote', fields: paidQuote }, intake)).toMatchObject(
      {
        code: 'guard_failed',
        message: 'Repairs under warranty need no quote: repair them under warranty instead.',
      },
    );
  });

  it('lets only warranty repairs skip the quote, whether the box is unticked or left empty', () => {
    for (const card of [inDiagnosis({ underWarranty: false }), inDiagnosis()]) {
      const fields = { diagnosis: 'Pump worn out', partsNeeded: 'Pump' };
      expect(step(repair, card, { type: 'warranty_order_parts', fields }, intake)).toMatchObject({
        code: 'guard_failed',
        message: 'Only repairs under warranty skip the quote.',
      });
      expect(step(repair, card, { type: 'warranty_start_repair', fields }, intake)).toMatchObject({
        code: 'guard_failed',
        message: 'Only repairs under warranty skip the quote.',
      });
    }
  });

  it('asks for the verdict of the quality check and holds each exit to its verdict', () => {
    expect(step(repair, inQc(), { type: 'pass_qc' }, intake)).toMatchObject({
      code: 'fields_missing',
      missing: ['qualityCheck'],
      message: '"Quality check passed" needs Quality check.',
    });
    expect(step(repair, inQc(), { type: 'fail_qc' }, intake)).toMatchObject({
      code: 'fields_missing',
      missing: ['qualityCheck'],
      message: '"Quality check failed" needs Quality check.',
    });
    expect(
      step(repair, inQc(), { type: 'pass_qc', fields: { qualityCheck: 'failed' } }, intake),
    ).toMatchObject({
      code: 'guard_failed',
      message: 'Quality check is Failed, but it must be Passed.',
    });
    expect(
      step(repair, inQc(), { type: 'fail_qc', fields: { qualityCheck: 'passed' } }, intake),
    ).toMatchObject({
      code: 'guard_failed',
      message: 'Quality check is Passed, but it must be Failed.',
    });
    expect(
      step(repair, inQc(), { type: 'pass_qc', fields: { qualityCheck: 'ok' } }, intake),
    ).toMatchObject({
      code: 'invalid_fields',
      message: 'Quality check must be one of Passed, Failed.',
    });
  });

  it('hands nothing back whose passed check was taken back', () => {
    const failed = accepted(
      edit(repair, readyForPickup(), { qualityCheck: 'failed' }, intake),
    ).snapshot;
    expect(step(repair, failed, { type: 'hand_back' }, intake)).toMatchObject({
      code: 'guard_failed',
      message: 'Quality check is Failed, but it must be Passed.',
    });
    const cleared = accepted(
      edit(repair, readyForPickup(), { qualityCheck: null }, intake),
    ).snapshot;
    expect(step(repair, cleared, { type: 'hand_back' }, intake)).toMatchObject({
      code: 'guard_failed',
      message: 'Quality check is empty; it must be Passed.',
    });
  });

  it('lets a viewer look but not move', () => {
    expect(
      step(repair, received(), { type: 'start_diagnosis' }, at(intake.now, 'viewer')),
    ).toMatchObject({
      code: 'role_not_permitted',
      message: 'Viewers can look at cards but not move them.',
    });
  });
});

describe('repair: moves the board lights up', () => {
  it('in Diagnosis without warranty: the quote, not the warranty shortcuts', () => {
    expect(board(moves(repair, inDiagnosis(), intake))).toEqual([
      ['send_quote', 'allowed'],
      ['warranty_order_parts', 'guard_failed', 'Only repairs under warranty skip the quote.'],
      ['warranty_start_repair', 'guard_failed', 'Only repairs under warranty skip the quote.'],
      ['cancel', 'allowed'],
    ]);
    expect(moves(repair, inDiagnosis(), intake)[0]).toMatchObject({
      toLabel: 'Awaiting approval',
      missing: ['diagnosis', 'quoteAmount'],
    });
  });

  it('in Diagnosis under warranty: the shortcuts, not the quote', () => {
    expect(board(moves(repair, inDiagnosis({ underWarranty: true }), intake))).toEqual([
      [
        'send_quote',
        'guard_failed',
        'Repairs under warranty need no quote: repair them under warranty instead.',
      ],
      ['warranty_order_parts', 'allowed'],
      ['warranty_start_repair', 'allowed'],
      ['cancel', 'allowed'],
    ]);
  });

  it('in Quality check: both verdicts, each asking for the check result', () => {
    const list = moves(repair, inQc(), intake);
    expect(list.map((m) => [m.event, m.toLabel, m.allowed, m.missing])).toEqual([
      ['pass_qc', 'Ready for pickup', true, ['qualityCheck']],
      ['fail_qc', 'In repair', true, ['qualityCheck']],
      ['cancel', 'Cancelled', true, []],
    ]);
  });

  it('in Ready for pickup: hand back only while the check stands as passed', () => {
    expect(board(moves(repair, readyForPickup(), intake))).toEqual([
      ['hand_back', 'allowed'],
      ['pickup_reminder', 'allowed'],
      ['cancel', 'allowed'],
    ]);
    const failed = accepted(
      edit(repair, readyForPickup(), { qualityCheck: 'failed' }, intake),
    ).snapshot;
    expect(board(moves(repair, failed, intake))[0]).toEqual([
      'hand_back',
      'guard_failed',
      'Quality check is Failed, but it must be Passed.',
    ]);
  });
});
