import { repairWorkflow, dealWorkflow } from '@stageflow/engine';
import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../api/types.ts';
import { boardReducer, emptyBoard } from './board-state.ts';
import { clockPreview, slaBadge, withClockPreview } from './sla.ts';
import { i18n } from '../i18n/i18n.ts';
import type { BoardT } from '../i18n/useT.ts';

const t: BoardT = (key, values) => i18n.t(key, { ns: 'board', lng: 'en', ...values });
const ko: BoardT = (key, values) => i18n.t(key, { ns: 'board', lng: 'ko', ...values });

// Mon 2026-11-23 09:00 KST = 00:00Z; the repair policy counts 09–18 KST on weekdays.
const card: BoardCard = {
  id: 'c1',
  overdue: false,
  version: 1,
  stage: 'diagnosis',
  title: 'Espresso machine',
  fields: { customer: 'Kim', equipment: 'Espresso machine', serialNumber: 'E-1' },
  assignee: null,
  position: 'a0',
  enteredAt: '2026-11-23T02:00:00.000Z',
  dueAt: null,
  revision: 2,
  stageLog: [
    { stage: 'received', at: '2026-11-23T00:00:00.000Z' },
    { stage: 'diagnosis', at: '2026-11-23T02:00:00.000Z' },
  ],
};
const at = (iso: string) => Date.parse(iso);

describe('SLA on the board', () => {
  it('badges a card ok, then due soon, then breached, in business time left', () => {
    // Mon 15:00 KST: 6 of 45 business hours used; the diagnosis target (18 h) has 12 h left.
    expect(slaBadge(repairWorkflow, card, at('2026-11-23T06:00:00Z'), t, 'en')).toMatchObject({
      status: 'ok',
      text: '12h left',
    });
    // Tue 17:00 KST: 17 of 18 diagnosis hours used.
    expect(slaBadge(repairWorkflow, card, at('2026-11-24T08:00:00Z'), t, 'en')).toMatchObject({
      status: 'warning',
      text: '1h left',
    });
    // Wed 11:00 KST: diagnosis is 2 h past its 18 h.
    expect(slaBadge(repairWorkflow, card, at('2026-11-25T02:00:00Z'), t, 'en')).toMatchObject({
      status: 'breached',
      text: 'Breached 2h',
    });
    // In Korean, with the policy's own Korean target label in the tooltip.
    const korean = slaBadge(repairWorkflow, card, at('2026-11-25T02:00:00Z'), ko, 'ko');
    expect(korean?.text).toBe('기한 초과 2시간');
    expect(korean?.title).toBe('진단: 기한 초과, 18시간 중 20시간 사용');
  });

  it('has no badge without a policy', () => {
    expect(slaBadge(dealWorkflow, card, Date.now(), t, 'en')).toBeNull();
  });

  it('previews what a drop does to the clock', () => {
    const now = at('2026-11-23T06:00:00Z');
    expect(clockPreview(repairWorkflow, card, 'awaiting_approval', now, t, 'en')).toBe(
      'Pauses the clock',
    );
    expect(clockPreview(repairWorkflow, card, 'cancelled', now, t, 'en')).toBe('Stops the clock');
    // 45 h − 6 h used: the hand-back target is what is left running in the repair bench.
    expect(clockPreview(repairWorkflow, card, 'in_repair', now, t, 'en')).toBe('Breaches in 39h');
    expect(clockPreview(repairWorkflow, card, 'awaiting_parts', now, ko, 'ko')).toBe(
      '시계 일시 정지',
    );
    expect(clockPreview(repairWorkflow, card, 'in_repair', now, ko, 'ko')).toBe(
      '39시간 후 기한 초과',
    );
    const targets = withClockPreview(
      new Map([
        ['awaiting_approval', { state: 'allowed' as const }],
        ['closed', { state: 'blocked' as const, reason: 'No.' }],
      ]),
      repairWorkflow,
      card,
      now,
      t,
      'en',
    );
    expect(targets.get('awaiting_approval')).toEqual({
      state: 'allowed',
      clock: 'Pauses the clock',
    });
    expect(targets.get('closed')).toEqual({ state: 'blocked', reason: 'No.' });
  });

  it('keeps the stage log across live copies and adds the entry a move made', () => {
    const loaded = boardReducer(emptyBoard, {
      type: 'loaded',
      columns: [{ key: card.stage, count: 1, matched: 1, sum: null, cards: [card], next: null }],
      lastEventId: 0,
    });
    const { stageLog: _drop, ...live } = card;
    const moved = boardReducer(loaded, {
      type: 'upsert',
      card: { ...live, stage: 'in_repair', enteredAt: '2026-11-23T07:00:00.000Z', revision: 3 },
    });
    expect(moved.cards.get('c1')?.stageLog?.map((e) => e.stage)).toEqual([
      'received',
      'diagnosis',
      'in_repair',
    ]);
    const edited = boardReducer(moved, {
      type: 'upsert',
      card: { ...live, stage: 'in_repair', enteredAt: '2026-11-23T07:00:00.000Z', revision: 4 },
    });
    expect(edited.cards.get('c1')?.stageLog).toHaveLength(3);
  });
});
