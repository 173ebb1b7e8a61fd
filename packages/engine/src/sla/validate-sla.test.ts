import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../definition.schema.ts';
import { repairWorkflow } from '../builtins/repair.ts';
import { validate } from '../validate.ts';

const policy = repairWorkflow.slaPolicy!;
const withPolicy = (slaPolicy: unknown, extra: Partial<WorkflowDefinition> = {}) =>
  validate({ ...repairWorkflow, ...extra, slaPolicy });

describe('validate: SLA policies and timed transitions', () => {
  it('accepts the built-in repair policy', () => {
    expect(validate(repairWorkflow)).toEqual([]);
  });

  it('reports an unknown time zone and an empty working day at their paths', () => {
    const problems = withPolicy({
      ...policy,
      calendar: {
        ...policy.calendar!,
        timeZone: 'Mars/Olympus',
        workingHours: { start: '18:00', end: '09:00' },
      },
    });
    expect(problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['slaPolicy.calendar.timeZone', 'unknown_time_zone'],
      ['slaPolicy.calendar.workingHours', 'empty_working_day'],
    ]);
  });

  it('reports unknown stages, duplicate targets and a warning after the breach', () => {
    const problems = withPolicy({
      ...policy,
      pausedIn: ['awaiting_parts', 'on_hold'],
      targets: [
        policy.targets[0],
        {
          ...policy.targets[0],
          stages: ['nowhere'],
          warnAfter: { amount: 6, unit: 'businessDays' },
        },
      ],
    });
    expect(problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['slaPolicy.pausedIn.1', 'unknown_stage'],
      ['slaPolicy.targets.1.key', 'duplicate_key'],
      ['slaPolicy.targets.1.stages.0', 'unknown_stage'],
      ['slaPolicy.targets.1.warnAfter', 'warning_after_breach'],
    ]);
  });

  it('needs a calendar for business units, in targets and in timed transitions', () => {
    const transitions = repairWorkflow.transitions.map((t) =>
      t.event === 'pickup_reminder'
        ? { ...t, after: { amount: 3, unit: 'businessDays' as const } }
        : t,
    );
    const i = transitions.findIndex((t) => t.event === 'pickup_reminder');
    const problems = withPolicy({ ...policy, calendar: undefined }, { transitions });
    expect(problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      [`transitions.${i}.after.unit`, 'missing_calendar'],
      ['slaPolicy.targets.0.within.unit', 'missing_calendar'],
      ['slaPolicy.targets.1.within.unit', 'missing_calendar'],
    ]);
    expect(problems[0]!.message).toMatch(/needs a business calendar/);
  });

  it('rejects a malformed time of day through the schema', () => {
    const problems = withPolicy({
      ...policy,
      calendar: { ...policy.calendar!, workingHours: { start: '9am', end: '18:00' } },
    });
    expect(problems[0]).toMatchObject({
      path: ['slaPolicy', 'calendar', 'workingHours', 'start'],
      code: 'schema',
    });
  });

  it('words every SLA problem in Korean for a Korean editor', () => {
    const problems = validate(
      {
        ...repairWorkflow,
        slaPolicy: {
          ...policy,
          calendar: {
            ...policy.calendar!,
            timeZone: 'Mars/Olympus',
            workingHours: { start: '18:00', end: '09:00' },
            holidays: [{ date: '2026-02-30', name: '창립기념일' }],
          },
          stoppedIn: ['archived'],
        },
      },
      'ko',
    );
    expect(problems.map((p) => p.message)).toEqual([
      '"Mars/Olympus"은(는) 시간대가 아닙니다. Asia/Seoul 같은 IANA 이름을 쓰세요.',
      '근무 종료 시각은 시작 시각보다 늦어야 합니다 (18:00–09:00).',
      '휴일 "창립기념일"의 날짜 2026-02-30은(는) 달력에 없는 날짜입니다.',
      'SLA 종료 목록의 "archived" 단계가 없습니다.',
    ]);
  });
});
