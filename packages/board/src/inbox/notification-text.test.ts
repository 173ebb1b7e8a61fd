import { describe, expect, it } from 'vitest';
import { Notification } from '@stageflow/api';
import { i18n } from '../i18n/i18n.ts';
import type { BoardT } from '../i18n/useT.ts';
import { notificationText } from './notification-text.ts';

const en: BoardT = (key, values) => i18n.t(key, { ns: 'board', lng: 'en', ...values });
const ko: BoardT = (key, values) => i18n.t(key, { ns: 'board', lng: 'ko', ...values });

// As the server sends an SLA escalation (see packages/server/src/sla/fire-escalation.ts).
const breach = Notification.parse({
  id: 'n1',
  kind: 'escalation',
  cardId: 'c1',
  workflow: 'repair',
  actorId: 'system',
  cardTitle: 'Espresso machine',
  threshold: 'breach',
  toStage: 'in_repair',
  toStageLabel: 'In repair',
  toStageLabels: { ko: '수리 중' },
  targetLabel: 'Ready for hand-back',
  targetLabels: { ko: '출고 준비 완료' },
  createdAt: '2026-11-30T04:00:00.000Z',
  readAt: null,
});

describe('escalation notifications', () => {
  it('name the card, the stage and the threshold in English and Korean', () => {
    expect(notificationText(breach, 'Stageflow', en, 'en')).toBe(
      'Escalation: “Espresso machine” breached its Ready for hand-back deadline (in In repair)',
    );
    expect(notificationText(breach, 'Stageflow', ko, 'ko')).toBe(
      '에스컬레이션: 수리 중 단계의 “Espresso machine” 카드가 출고 준비 완료 기한을 넘겼습니다',
    );
    const warning = { ...breach, threshold: 'warning' as const };
    expect(notificationText(warning, 'Stageflow', en, 'en')).toBe(
      'Escalation: “Espresso machine” is close to its Ready for hand-back deadline (in In repair)',
    );
  });

  it('say which move notified the role', () => {
    const move = Notification.parse({
      ...breach,
      threshold: 'move',
      moveLabel: 'Escalate: quote unanswered for a week',
      toStageLabel: 'Awaiting approval',
      toStageLabels: undefined,
    });
    expect(notificationText(move, 'Stageflow', en, 'en')).toBe(
      'Stageflow made “Escalate: quote unanswered for a week” on “Espresso machine”, now in Awaiting approval',
    );
  });
});
