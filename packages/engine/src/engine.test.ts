import { describe, expect, it } from 'vitest';
import { dealWorkflow as deal, repairWorkflow as repair } from './builtins/index.ts';
import {
  edit,
  machineFor,
  moves,
  restore,
  start,
  step,
  type Ctx,
  type PersistedCard,
  type StepResult,
} from './index.ts';

const at = (now: string, role: Ctx['actor']['role'] = 'manager'): Ctx => ({
  now,
  actor: { id: `u-${role}`, role },
});
const manager = at('2025-03-01T10:00:00.000Z');

function ok(result: StepResult): PersistedCard {
  if (!result.ok) throw new Error(result.message);
  return result.snapshot;
}

const newDeal = () => ok(start(deal, { customer: 'Nordwind GmbH' }, manager));

describe('start', () => {
  it('puts a new card in the initial stage with its deadline from the stage SLA', () => {
    const result = start(
      repair,
      { customer: 'Acme', equipment: 'Espresso machine', serialNumber: 'SN-1' },
      manager,
    );
    expect(result.ok && result.stage).toBe('received');
    expect(result.ok && result.dueAt).toBe('2025-03-02T10:00:00.000Z');
  });

  it('refuses a card without its required fields, naming them', () => {
    const result = start(repair, { customer: 'Acme' }, manager);
    expect(result).toMatchObject({
      ok: false,
      code: 'fields_missing',
      missing: ['equipment', 'serialNumber'],
    });
    expect(!result.ok && result.message).toBe('Equipment is required. Serial number is required.');
  });

  it('refuses values of the wrong type and unknown fields', () => {
    const result = start(deal, { customer: 'A', amount: 'lots', colour: 'red' }, manager);
    expect(result).toMatchObject({ ok: false, code: 'invalid_fields' });
    expect(!result.ok && result.reasons).toEqual([
      'Amount must be a number.',
      'Sales deals has no field called "colour".',
    ]);
  });

  it('refuses viewers', () => {
    expect(start(deal, { customer: 'A' }, at(manager.now, 'viewer'))).toMatchObject({
      ok: false,
      code: 'role_not_permitted',
    });
  });
});

describe('step', () => {
  it('moves the card, records the changed fields and a new deadline', () => {
    const later = at('2025-03-05T08:00:00.000Z');
    const result = step(deal, newDeal(), { type: 'qualify' }, later);
    expect(result).toMatchObject({ ok: true, stage: 'qualified', from: 'new' });
    expect(result.ok && result.snapshot.context.enteredAt).toBe(later.now);
  });

  it('refuses a move from the wrong stage and says where it is possible', () => {
    const result = step(deal, newDeal(), { type: 'start_negotiation' }, manager);
    expect(result).toMatchObject({
      ok: false,
      code: 'not_possible_from_stage',
      message: '"Start negotiation" is not possible from New; it is possible from Proposal.',
    });
  });

  it('asks for the fields a move needs, and takes them with the move', () => {
    const qualified = ok(step(deal, newDeal(), { type: 'qualify' }, manager));
    expect(step(deal, qualified, { type: 'mark_lost' }, manager)).toMatchObject({
      ok: false,
      code: 'fields_missing',
      missing: ['lostReason'],
      message: '"Mark as lost" needs Lost reason.',
    });
    const lost = step(
      deal,
      qualified,
      { type: 'mark_lost', fields: { lostReason: 'price' } },
      manager,
    );
    expect(lost).toMatchObject({
      ok: true,
      stage: 'lost',
      changes: { lostReason: { to: 'price' }, closedOn: { to: '2025-03-01' } },
    });
  });

  it('applies the transition’s assignments (reopen clears the lost reason)', () => {
    const lost = ok(
      step(deal, newDeal(), { type: 'mark_lost', fields: { lostReason: 'timing' } }, manager),
    );
    const reopened = ok(step(deal, lost, { type: 'reopen' }, manager));
    expect(reopened.value).toBe('qualified');
    expect(reopened.context.fields.lostReason).toBeNull();
  });

  it('names an unknown move', () => {
    expect(step(deal, newDeal(), { type: 'teleport' }, manager)).toMatchObject({
      ok: false,
      code: 'unknown_event',
      message: 'Sales deals has no move called "teleport".',
    });
  });

  it('is deterministic: the same inputs give the same snapshot', () => {
    const a = step(deal, newDeal(), { type: 'qualify' }, manager);
    const b = step(deal, newDeal(), { type: 'qualify' }, manager);
    expect(a).toEqual(b);
  });
});

describe('edit', () => {
  it('changes fields without moving the card', () => {
    const result = edit(deal, newDeal(), { amount: 4200 }, manager);
    expect(result).toMatchObject({ ok: true, stage: 'new', changes: { amount: { to: 4200 } } });
  });

  it('will not empty a required field', () => {
    expect(edit(deal, newDeal(), { customer: '' }, manager)).toMatchObject({
      ok: false,
      code: 'invalid_fields',
      message: 'Customer is required.',
    });
  });
});

describe('moves', () => {
  it('lists every move out of the stage, with why each is not allowed', () => {
    const list = moves(deal, newDeal(), manager);
    expect(list.map((m) => [m.event, m.allowed])).toEqual([
      ['qualify', true],
      ['mark_lost', true],
    ]);
    expect(list[1]).toMatchObject({
      to: 'lost',
      toLabel: 'Lost',
      requires: ['lostReason'],
      missing: ['lostReason'],
    });
  });

  it('tells a viewer that they may look but not move', () => {
    const list = moves(deal, newDeal(), at(manager.now, 'viewer'));
    expect(
      list.every((m) => !m.allowed && m.reason === 'Viewers can look at cards but not move them.'),
    ).toBe(true);
  });
});

describe('compiled machines', () => {
  it('are cached by key and version, and a changed draft gets its own machine', () => {
    expect(machineFor(structuredClone(deal))).toBe(machineFor(deal));
    const draft = structuredClone(deal);
    draft.stages[0]!.label = 'Lead';
    expect(machineFor(draft)).not.toBe(machineFor(deal));
  });

  it('refuse to restore a snapshot from a stage the definition does not have', () => {
    const snapshot = { ...newDeal(), value: 'limbo' };
    expect(() => restore(deal, snapshot)).toThrow(/"limbo" is not a stage of deal v1/);
  });
});
