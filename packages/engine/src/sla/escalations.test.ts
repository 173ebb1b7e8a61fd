import { describe, expect, it } from 'vitest';
import { repairWorkflow } from '../builtins/repair.ts';
import { warrantyWorkflow } from '../builtins/warranty.ts';
import { validate } from '../validate.ts';
import { escalationsFor, hasEscalations } from './escalations.ts';
import type { StageEntry } from './sla-state.ts';

// Mon 2026-11-23 09:00 KST = 00:00Z; a business day is 09:00–18:00 KST (9 h).
const intake: StageEntry[] = [
  { stage: 'received', at: '2026-11-23T00:00:00.000Z' },
  { stage: 'diagnosis', at: '2026-11-23T02:00:00.000Z' },
];

describe('escalationsFor', () => {
  it('plans the repair breach for the instant the running clock reaches five business days', () => {
    // 45 business hours: all of Monday to Friday, so Friday at 18:00 KST.
    const running = [...intake, { stage: 'in_repair', at: '2026-11-24T00:00:00.000Z' }];
    expect(escalationsFor(repairWorkflow, running)).toEqual([
      { target: 'hand_back', threshold: 'breach', dueAt: '2026-11-27T09:00:00.000Z' },
    ]);
  });

  it('plans nothing while the clock is paused, and a later breach once it runs again', () => {
    const paused = [...intake, { stage: 'awaiting_approval', at: '2026-11-23T05:00:00.000Z' }];
    expect(escalationsFor(repairWorkflow, paused)).toEqual([]);
    // Five hours ran on Monday; the remaining 40 end on Friday at 13:00 KST.
    const resumed = [...paused, { stage: 'in_repair', at: '2026-11-30T00:00:00.000Z' }];
    expect(escalationsFor(repairWorkflow, resumed)).toEqual([
      { target: 'hand_back', threshold: 'breach', dueAt: '2026-12-04T04:00:00.000Z' },
    ]);
  });

  it('makes a threshold already passed due at the latest stage entry, and a stopped clock none', () => {
    const late = [...intake, { stage: 'in_repair', at: '2026-12-14T00:00:00.000Z' }];
    expect(escalationsFor(repairWorkflow, late)).toEqual([
      { target: 'hand_back', threshold: 'breach', dueAt: '2026-12-14T00:00:00.000Z' },
    ]);
    const done = [...late, { stage: 'ready_for_pickup', at: '2026-12-15T00:00:00.000Z' }];
    expect(escalationsFor(repairWorkflow, done)).toEqual([]);
  });

  it('plans the warranty decision warning at 80 % of two business days', () => {
    const submitted = [{ stage: warrantyWorkflow.initial, at: '2026-11-23T00:00:00.000Z' }];
    // 14.4 business hours: Monday's nine, then 5 h 24 min on Tuesday (14:24 KST).
    expect(escalationsFor(warrantyWorkflow, submitted)).toEqual([
      { target: 'decision', threshold: 'warning', dueAt: '2026-11-24T05:24:00.000Z' },
    ]);
  });

  it('knows which definitions escalate', () => {
    expect(hasEscalations(repairWorkflow)).toBe(true);
    expect(hasEscalations({ ...repairWorkflow, slaPolicy: undefined, transitions: [] })).toBe(
      false,
    );
  });
});

describe('validate: escalation roles', () => {
  const policy = repairWorkflow.slaPolicy!;
  const broken = {
    ...repairWorkflow,
    transitions: repairWorkflow.transitions.map((t, i) =>
      i === 0 ? { ...t, notify: ['boss'] } : t,
    ),
    slaPolicy: {
      ...policy,
      targets: [{ ...policy.targets[0]!, escalate: { warning: ['manager', 'chief'] } }],
    },
  };

  it('reports an unknown role at its JSON path', () => {
    expect(validate(broken).map((p) => [p.path.join('.'), p.code, p.message])).toEqual([
      [
        'transitions.0.notify.0',
        'unknown_role',
        `"${repairWorkflow.transitions[0]!.label}" notifies "boss", which is not a role; use admin, manager or viewer.`,
      ],
      [
        'slaPolicy.targets.0.escalate.warning.1',
        'unknown_role',
        'SLA target "Ready for hand-back" escalates its warning to "chief", which is not a role; use admin, manager or viewer.',
      ],
    ]);
  });

  it('says it in Korean', () => {
    const [, target] = validate(broken, 'ko');
    expect(target!.message).toBe(
      'SLA 목표 "출고 준비 완료"의 경고를 알릴 역할 "chief"은(는) 없는 역할입니다. admin, manager 또는 viewer 중에서 고르세요.',
    );
  });
});
