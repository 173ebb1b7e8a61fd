import { describe, expect, it } from 'vitest';
import { ChangeEvent } from './changes.ts';

const card = {
  id: 'c1',
  title: 'Pump',
  stage: 'todo',
  position: 'a0',
  assignee: null,
  revision: 2,
  enteredAt: '2026-03-02T09:00:00.000Z',
  dueAt: null,
  overdue: false,
  version: 1,
  fields: { customer: 'Acme' },
};
const moved = {
  seq: 7,
  at: '2026-03-02T09:00:00.000Z',
  kind: 'card.moved',
  workflowKey: 'ticket',
  cardId: 'c1',
  actorId: 'u1',
  event: 'start',
  from: 'todo',
  to: 'doing',
  card,
};

describe('ChangeEvent', () => {
  it('reads each kind by its own shape', () => {
    expect(ChangeEvent.parse(moved).kind).toBe('card.moved');
    const published = {
      seq: 8,
      at: moved.at,
      kind: 'workflow.published',
      workflowKey: 'ticket',
      cardId: null,
      version: 2,
      name: 'Tickets',
      publishedBy: 'u1',
    };
    expect(ChangeEvent.parse(published).kind).toBe('workflow.published');
  });

  it('refuses a card change whose card lacks what the board needs (an older server wrote it)', () => {
    const { fields: _fields, ...withoutFields } = card;
    expect(ChangeEvent.safeParse({ ...moved, card: withoutFields }).success).toBe(false);
    expect(ChangeEvent.safeParse({ ...moved, kind: 'card.archived' }).success).toBe(false);
  });
});
