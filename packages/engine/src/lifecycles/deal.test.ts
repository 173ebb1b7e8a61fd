// The sales deal lifecycle as a service manager walks it: New → Qualified → Demo → Proposal →
// Negotiation → Won | Lost, and every refusal with the sentence the manager reads.
import { describe, expect, it } from 'vitest';
import { dealWorkflow as deal, edit, moves, start, step } from '../index.ts';
import { accepted, at, board, rejected, walk } from './support.ts';

const monday = at('2025-03-03T09:00:00.000Z');
const newDeal = () => accepted(start(deal, { customer: 'Nordwind GmbH' }, monday)).snapshot;
const inProposal = () =>
  walk(deal, newDeal(), ['qualify', { type: 'send_proposal', fields: { amount: 18500 } }], monday);

describe('deal: happy paths', () => {
  it('opens a new lead in New, due two days later, recording the given fields', () => {
    const result = accepted(
      start(deal, { customer: 'Nordwind GmbH', contactEmail: 'ops@nordwind.de' }, monday),
    );
    expect(result).toMatchObject({ stage: 'new', from: null, dueAt: '2025-03-05T09:00:00.000Z' });
    expect(result.changes).toEqual({
      customer: { from: undefined, to: 'Nordwind GmbH' },
      contactEmail: { from: undefined, to: 'ops@nordwind.de' },
    });
  });

  it('wins a deal through demo, proposal and negotiation, dating it on the day it is won', () => {
    const qualified = accepted(
      step(deal, newDeal(), { type: 'qualify' }, at('2025-03-04T08:00:00.000Z')),
    );
    expect(qualified).toMatchObject({ stage: 'qualified', from: 'new', changes: {} });
    expect(qualified.dueAt).toBe('2025-03-18T08:00:00.000Z'); // 14 days

    const demo = accepted(
      step(deal, qualified.snapshot, { type: 'schedule_demo' }, at('2025-03-05T08:00:00.000Z')),
    );
    expect(demo).toMatchObject({ stage: 'demo', dueAt: '2025-03-15T08:00:00.000Z' }); // 10 days

    const proposal = accepted(
      step(
        deal,
        demo.snapshot,
        { type: 'send_proposal', fields: { amount: 18500 } },
        at('2025-03-10T12:00:00.000Z'),
      ),
    );
    expect(proposal).toMatchObject({ stage: 'proposal', dueAt: '2025-03-20T12:00:00.000Z' });
    expect(proposal.changes).toEqual({ amount: { from: undefined, to: 18500 } });

    const negotiation = accepted(
      step(deal, proposal.snapshot, { type: 'start_negotiation' }, at('2025-03-12T12:00:00.000Z')),
    );
    expect(negotiation).toMatchObject({ stage: 'negotiation', dueAt: '2025-03-26T12:00:00.000Z' });

    const won = accepted(
      step(
        deal,
        negotiation.snapshot,
        { type: 'mark_won', fields: { contractNumber: 'C-2025-041' } },
        at('2025-04-10T16:45:00.000Z'),
      ),
    );
    expect(won).toMatchObject({ stage: 'won', from: 'negotiation', dueAt: null });
    expect(won.changes).toEqual({
      contractNumber: { from: undefined, to: 'C-2025-041' },
      closedOn: { from: undefined, to: '2025-04-10' },
    });
    expect(won.snapshot.context.fields).toMatchObject({ amount: 18500, closedOn: '2025-04-10' });
  });

  it('lets a small deal skip the demo and be won straight from the proposal', () => {
    const qualified = walk(deal, newDeal(), ['qualify'], monday);
    const proposal = accepted(
      step(deal, qualified, { type: 'send_proposal', fields: { amount: 900 } }, monday),
    );
    expect(proposal.stage).toBe('proposal');
    const won = accepted(
      step(
        deal,
        proposal.snapshot,
        { type: 'mark_won', fields: { contractNumber: 'C-7' } },
        monday,
      ),
    );
    expect(won).toMatchObject({ stage: 'won', changes: { closedOn: { to: '2025-03-03' } } });
  });

  it('sends a revised proposal from negotiation with the new amount', () => {
    const negotiation = walk(deal, inProposal(), ['start_negotiation'], monday);
    const revised = accepted(
      step(deal, negotiation, { type: 'revise_proposal', fields: { amount: 16900 } }, monday),
    );
    expect(revised).toMatchObject({ stage: 'proposal', from: 'negotiation' });
    expect(revised.changes).toEqual({ amount: { from: 18500, to: 16900 } });
  });

  it.each(['new', 'qualified', 'demo', 'proposal', 'negotiation'])(
    'marks a deal lost from %s with a reason, dated on the day',
    (stage) => {
      const paths: Record<string, string[]> = {
        new: [],
        qualified: ['qualify'],
        demo: ['qualify', 'schedule_demo'],
        proposal: [],
        negotiation: ['start_negotiation'],
      };
      const base = stage === 'proposal' || stage === 'negotiation' ? inProposal() : newDeal();
      const card = walk(deal, base, paths[stage] ?? [], monday);
      expect(card.value).toBe(stage);
      const lost = accepted(
        step(
          deal,
          card,
          { type: 'mark_lost', fields: { lostReason: 'competitor' } },
          at('2025-03-20T10:00:00.000Z'),
        ),
      );
      expect(lost).toMatchObject({ stage: 'lost', from: stage, dueAt: null });
      expect(lost.changes).toEqual({
        lostReason: { from: undefined, to: 'competitor' },
        closedOn: { from: undefined, to: '2025-03-20' },
      });
    },
  );

  it('reopens a lost deal as qualified, clearing the reason and the closing date', () => {
    const lost = walk(
      deal,
      newDeal(),
      [{ type: 'mark_lost', fields: { lostReason: 'timing' } }],
      monday,
    );
    const reopened = accepted(step(deal, lost, { type: 'reopen' }, at('2025-06-02T09:00:00.000Z')));
    expect(reopened).toMatchObject({
      stage: 'qualified',
      from: 'lost',
      dueAt: '2025-06-16T09:00:00.000Z',
    });
    expect(reopened.changes).toEqual({
      lostReason: { from: 'timing', to: null },
      closedOn: { from: '2025-03-03', to: null },
    });
  });

  it('edits fields without moving the card or resetting its deadline', () => {
    const result = accepted(
      edit(
        deal,
        newDeal(),
        { amount: 4200, expectedClose: '2025-05-31' },
        at('2025-03-04T09:00:00.000Z'),
      ),
    );
    expect(result).toMatchObject({ stage: 'new', from: 'new', dueAt: '2025-03-05T09:00:00.000Z' });
    expect(result.changes).toEqual({
      amount: { from: undefined, to: 4200 },
      expectedClose: { from: undefined, to: '2025-05-31' },
    });
  });
});

describe('deal: refusals and their sentences', () => {
  it('will not open a deal without a customer', () => {
    expect(start(deal, { amount: 1000 }, monday)).toMatchObject({
      ok: false,
      code: 'fields_missing',
      missing: ['customer'],
      message: 'Customer is required.',
    });
    expect(start(deal, { customer: '  ' }, monday)).toMatchObject({
      code: 'fields_missing',
      message: 'Customer is required.',
    });
  });

  it('refuses values of the wrong type, an unknown option and an unknown field', () => {
    const result = rejected(
      start(
        deal,
        {
          customer: 'Nordwind',
          amount: '18.500 €',
          lostReason: 'cheap',
          closedOn: '03/04/2025',
          owner: 7,
          fax: '0',
        },
        monday,
      ),
    );
    expect(result.code).toBe('invalid_fields');
    expect(result.reasons).toEqual([
      'Amount must be a number.',
      'Lost reason must be one of Price, Went with a competitor, No budget, No decision, Timing, Other.',
      'Closed on must be a date written like 2025-03-01.',
      'Salesperson must be text.',
      'Sales deals has no field called "fax".',
    ]);
    expect(result.fieldErrors?.map((e) => e.field)).toEqual([
      'amount',
      'lostReason',
      'closedOn',
      'owner',
      'fax',
    ]);
  });

  it('refuses a move from the wrong stage and says where it is possible', () => {
    expect(step(deal, newDeal(), { type: 'start_negotiation' }, monday)).toMatchObject({
      code: 'not_possible_from_stage',
      message: '"Start negotiation" is not possible from New; it is possible from Proposal.',
    });
    expect(step(deal, newDeal(), { type: 'mark_won' }, monday)).toMatchObject({
      code: 'not_possible_from_stage',
      message:
        '"Mark as won" is not possible from New; it is possible from Proposal or Negotiation.',
    });
    expect(step(deal, newDeal(), { type: 'send_proposal' }, monday)).toMatchObject({
      code: 'not_possible_from_stage',
      message: '"Send proposal" is not possible from New; it is possible from Qualified or Demo.',
    });
    expect(step(deal, newDeal(), { type: 'reopen' }, monday)).toMatchObject({
      code: 'not_possible_from_stage',
      message: '"Reopen deal" is not possible from New; it is possible from Lost.',
    });
  });

  it('keeps a won deal won: it cannot be lost or reopened', () => {
    const won = walk(
      deal,
      inProposal(),
      [{ type: 'mark_won', fields: { contractNumber: 'C-1' } }],
      monday,
    );
    expect(
      step(deal, won, { type: 'mark_lost', fields: { lostReason: 'price' } }, monday),
    ).toMatchObject({
      code: 'not_possible_from_stage',
      message:
        '"Mark as lost" is not possible from Won; it is possible from New, Qualified, Demo, Proposal or Negotiation.',
    });
    expect(step(deal, won, { type: 'reopen' }, monday)).toMatchObject({
      code: 'not_possible_from_stage',
      message: '"Reopen deal" is not possible from Won; it is possible from Lost.',
    });
  });

  it('asks for the amount before a proposal goes out', () => {
    const qualified = walk(deal, newDeal(), ['qualify'], monday);
    expect(step(deal, qualified, { type: 'send_proposal' }, monday)).toMatchObject({
      code: 'fields_missing',
      missing: ['amount'],
      message: '"Send proposal" needs Amount.',
    });
    expect(
      step(deal, qualified, { type: 'send_proposal', fields: { amount: null } }, monday),
    ).toMatchObject({
      code: 'fields_missing',
      message: '"Send proposal" needs Amount.',
    });
  });

  it('asks for the amount again when a revised proposal goes out without one', () => {
    const negotiation = walk(deal, inProposal(), ['start_negotiation'], monday);
    const cleared = accepted(edit(deal, negotiation, { amount: null }, monday)).snapshot;
    expect(step(deal, cleared, { type: 'revise_proposal' }, monday)).toMatchObject({
      code: 'fields_missing',
      missing: ['amount'],
      message: '"Send revised proposal" needs Amount.',
    });
  });

  it('asks for the contract number (and the amount) before a deal is won', () => {
    expect(step(deal, inProposal(), { type: 'mark_won' }, monday)).toMatchObject({
      code: 'fields_missing',
      missing: ['contractNumber'],
      message: '"Mark as won" needs Contract number.',
    });
    const noAmount = accepted(edit(deal, inProposal(), { amount: null }, monday)).snapshot;
    expect(
      step(deal, noAmount, { type: 'mark_won', fields: { contractNumber: ' ' } }, monday),
    ).toMatchObject({
      code: 'fields_missing',
      missing: ['amount', 'contractNumber'],
      message: '"Mark as won" needs Amount and Contract number.',
    });
  });

  it('asks for a lost reason and accepts only one of the listed reasons', () => {
    expect(step(deal, newDeal(), { type: 'mark_lost' }, monday)).toMatchObject({
      code: 'fields_missing',
      missing: ['lostReason'],
      message: '"Mark as lost" needs Lost reason.',
    });
    expect(
      step(deal, newDeal(), { type: 'mark_lost', fields: { lostReason: 'cheap' } }, monday),
    ).toMatchObject({
      code: 'invalid_fields',
      fieldErrors: [{ field: 'lostReason' }],
      message:
        'Lost reason must be one of Price, Went with a competitor, No budget, No decision, Timing, Other.',
    });
  });

  it('refuses a value of the wrong type given with a move', () => {
    const qualified = walk(deal, newDeal(), ['qualify'], monday);
    expect(
      step(deal, qualified, { type: 'send_proposal', fields: { amount: '18500' } }, monday),
    ).toMatchObject({
      code: 'invalid_fields',
      message: 'Amount must be a number.',
    });
  });

  it('will not let an edit empty the customer', () => {
    expect(edit(deal, newDeal(), { customer: '' }, monday)).toMatchObject({
      code: 'invalid_fields',
      message: 'Customer is required.',
    });
  });

  it('lets a viewer look but not create, move or edit', () => {
    const viewer = at(monday.now, 'viewer');
    expect(start(deal, { customer: 'Nordwind' }, viewer)).toMatchObject({
      code: 'role_not_permitted',
      message: 'Viewers can look at cards but not change them.',
    });
    expect(step(deal, newDeal(), { type: 'qualify' }, viewer)).toMatchObject({
      code: 'role_not_permitted',
      message: 'Viewers can look at cards but not move them.',
    });
    expect(edit(deal, newDeal(), { amount: 1 }, viewer)).toMatchObject({
      code: 'role_not_permitted',
      message: 'Viewers can look at cards but not change them.',
    });
  });

  it('names a move the workflow does not have', () => {
    expect(step(deal, newDeal(), { type: 'win' }, monday)).toMatchObject({
      code: 'unknown_event',
      message: 'Sales deals has no move called "win".',
    });
  });
});

describe('deal: moves the board lights up', () => {
  it('from New: qualify, or lose with a reason still to give', () => {
    const list = moves(deal, newDeal(), monday);
    expect(board(list)).toEqual([
      ['qualify', 'allowed'],
      ['mark_lost', 'allowed'],
    ]);
    expect(list[1]).toMatchObject({
      to: 'lost',
      toLabel: 'Lost',
      requires: ['lostReason'],
      missing: ['lostReason'],
    });
  });

  it('from Qualified: demo, proposal (asks for the amount) or lost', () => {
    const list = moves(deal, walk(deal, newDeal(), ['qualify'], monday), monday);
    expect(list.map((m) => [m.event, m.toLabel, m.allowed, m.missing])).toEqual([
      ['schedule_demo', 'Demo', true, []],
      ['send_proposal', 'Proposal', true, ['amount']],
      ['mark_lost', 'Lost', true, ['lostReason']],
    ]);
  });

  it('from Proposal: negotiate, win (contract number still missing) or lose', () => {
    const list = moves(deal, inProposal(), monday);
    expect(list.map((m) => [m.event, m.allowed, m.requires, m.missing])).toEqual([
      ['start_negotiation', true, [], []],
      ['mark_won', true, ['amount', 'contractNumber'], ['contractNumber']],
      ['mark_lost', true, ['lostReason'], ['lostReason']],
    ]);
  });

  it('from Won: nothing; from Lost: only reopen', () => {
    const won = walk(
      deal,
      inProposal(),
      [{ type: 'mark_won', fields: { contractNumber: 'C-1' } }],
      monday,
    );
    expect(moves(deal, won, monday)).toEqual([]);
    const lost = walk(
      deal,
      newDeal(),
      [{ type: 'mark_lost', fields: { lostReason: 'price' } }],
      monday,
    );
    expect(board(moves(deal, lost, monday))).toEqual([['reopen', 'allowed']]);
  });

  it('shows a viewer every move as not allowed, with the reason', () => {
    expect(board(moves(deal, newDeal(), at(monday.now, 'viewer')))).toEqual([
      ['qualify', 'role_not_permitted', 'Viewers can look at cards but not move them.'],
      ['mark_lost', 'role_not_permitted', 'Viewers can look at cards but not move them.'],
    ]);
  });
});
