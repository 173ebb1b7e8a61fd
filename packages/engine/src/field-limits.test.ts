import { describe, expect, it } from 'vitest';
import { dealWorkflow as deal, repairWorkflow as repair } from './builtins/index.ts';
import {
  DEFAULT_LONGTEXT_LENGTH,
  DEFAULT_TEXT_LENGTH,
  edit,
  start,
  step,
  type Ctx,
  type PersistedCard,
  type StepResult,
  type WorkflowDefinition,
} from './index.ts';

const manager: Ctx = { now: '2025-03-01T10:00:00.000Z', actor: { id: 'u-1', role: 'manager' } };

function ok(result: StepResult): PersistedCard {
  if (!result.ok) throw new Error(result.message);
  return result.snapshot;
}

describe('text length', () => {
  it('refuses a text value over 500 characters, naming the field and the limit', () => {
    const result = start(deal, { customer: 'x'.repeat(1_000_000) }, manager);
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid_fields',
      fieldErrors: [
        {
          field: 'customer',
          message: 'Customer may hold at most 500 characters (this has 1,000,000).',
        },
      ],
    });
    expect(start(deal, { customer: 'x'.repeat(DEFAULT_TEXT_LENGTH) }, manager).ok).toBe(true);
  });

  it('says it in Korean for a Korean reader', () => {
    const result = start(deal, { customer: 'x'.repeat(1_000_000) }, { ...manager, locale: 'ko' });
    expect(!result.ok && result.reasons).toEqual([
      '고객에는 최대 500자까지 입력할 수 있습니다 (지금 1,000,000자).',
    ]);
  });

  it('gives long text 20,000 characters', () => {
    const card = ok(
      start(repair, { customer: 'A', equipment: 'Mixer', serialNumber: 'S1' }, manager),
    );
    const long = 'y'.repeat(DEFAULT_LONGTEXT_LENGTH);
    expect(edit(repair, card, { diagnosis: long }, manager).ok).toBe(true);
    expect(edit(repair, card, { diagnosis: `${long}!` }, manager)).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'diagnosis', message: expect.stringContaining('20,000') }],
    });
  });

  it('follows a text field’s own maxLength', () => {
    const def: WorkflowDefinition = structuredClone(deal);
    def.fields.find((f) => f.key === 'customer')!.maxLength = 5;
    expect(start(def, { customer: 'Acme!' }, manager).ok).toBe(true);
    expect(start(def, { customer: 'Acme AG' }, manager)).toMatchObject({
      ok: false,
      reasons: ['Customer may hold at most 5 characters (this has 7).'],
    });
  });
});

describe('amounts', () => {
  it('refuses money beyond ±1e12 so column sums stay finite', () => {
    const result = start(deal, { customer: 'A', amount: 1.7e308 }, manager);
    expect(result).toMatchObject({
      ok: false,
      reasons: ['Amount must be between -1,000,000,000,000 and 1,000,000,000,000.'],
    });
    expect(start(deal, { customer: 'A', amount: -1e12 }, manager).ok).toBe(true);
  });
});

describe('fields a move fills in', () => {
  const card = () => ok(start(deal, { customer: 'A' }, manager));

  it('refuses an edit that sets one by hand, naming it', () => {
    const result = edit(deal, card(), { closedOn: '2020-01-01' }, manager);
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid_fields',
      fieldErrors: [
        {
          field: 'closedOn',
          message: 'Closed on is filled in automatically by a move and cannot be set by hand.',
        },
      ],
    });
  });

  it('refuses one on a new card and given with a move', () => {
    expect(start(deal, { customer: 'A', closedOn: '2020-01-01' }, manager)).toMatchObject({
      ok: false,
      fieldErrors: [{ field: 'closedOn' }],
    });
    const moved = step(
      deal,
      card(),
      { type: 'qualify', fields: { closedOn: '2020-01-01' } },
      manager,
    );
    expect(moved).toMatchObject({ ok: false, fieldErrors: [{ field: 'closedOn' }] });
  });

  it('accepts the value the card already has, so a form may send every field back', () => {
    const lost = ok(
      step(deal, card(), { type: 'mark_lost', fields: { lostReason: 'timing' } }, manager),
    );
    const closedOn = lost.context.fields.closedOn ?? null;
    expect(closedOn).toBe('2025-03-01');
    expect(edit(deal, lost, { closedOn, customer: 'B' }, manager).ok).toBe(true);
  });

  it('leaves fields a move only fills when empty (claim date) to people', () => {
    const def: WorkflowDefinition = structuredClone(deal);
    def.transitions.find((t) => t.event === 'mark_won')!.assign = [
      { field: 'closedOn', from: 'eventDate', ifEmpty: true },
    ];
    def.transitions.find((t) => t.event === 'mark_lost')!.assign = [];
    expect(edit(def, card(), { closedOn: '2020-01-01' }, manager).ok).toBe(true);
  });
});
