import { moves, repairWorkflow, type Ctx } from '@stageflow/engine';
import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../api/types.ts';
import { cardSnapshot, chooseMove, dropTargets } from './drop-targets.ts';

const ctx: Ctx = { now: '2026-03-02T10:00:00.000Z', actor: { id: 'u1', role: 'manager' } };

const card = (stage: string, fields: BoardCard['fields']): BoardCard => ({
  id: 'c1',
  overdue: false,
  version: 1,
  stage,
  title: 'Espresso machine',
  fields: { customer: 'Café Nord', equipment: 'Espresso machine', serialNumber: 'SN-1', ...fields },
  assignee: null,
  position: 'a0',
  enteredAt: '2026-03-01T10:00:00.000Z',
  dueAt: null,
  revision: 1,
});

const targetsFor = (c: BoardCard) =>
  dropTargets(moves(repairWorkflow, cardSnapshot(c), ctx), repairWorkflow.stages, c.stage);

describe('drop targets while dragging a repair', () => {
  it('highlights the next stage and dims stages no move leads to', () => {
    const targets = targetsFor(card('received', {}));
    expect(targets.get('received')?.state).toBe('home');
    expect(targets.get('diagnosis')?.state).toBe('allowed');
    expect(targets.get('cancelled')?.state).toBe('allowed');
    expect(targets.get('closed')?.state).toBe('unrelated');
  });

  it('shows why a guarded stage is closed, in the engine’s words', () => {
    const targets = targetsFor(card('diagnosis', { underWarranty: false }));
    expect(targets.get('in_repair')).toMatchObject({
      state: 'blocked',
      reason: expect.stringContaining('warranty'),
    });
  });

  it('marks an allowed stage with the fields its move will ask for', () => {
    const targets = targetsFor(card('diagnosis', { underWarranty: false }));
    expect(targets.get('awaiting_approval')).toEqual({
      state: 'allowed',
      asks: ['diagnosis', 'quoteAmount'],
    });
  });
});

describe('choosing the move a drop means', () => {
  const labels = { from: 'Received', to: 'Closed' };
  it('says there is no move when no transition leads there', () => {
    const result = chooseMove(
      moves(repairWorkflow, cardSnapshot(card('received', {})), ctx),
      'closed',
      labels,
    );
    expect(result).toEqual({ ok: false, reason: 'There is no move from Received to Closed.' });
  });

  it('picks the allowed transition into the column', () => {
    const result = chooseMove(
      moves(repairWorkflow, cardSnapshot(card('received', {})), ctx),
      'diagnosis',
      labels,
    );
    expect(result).toMatchObject({ ok: true, move: { event: 'start_diagnosis' } });
  });
});
