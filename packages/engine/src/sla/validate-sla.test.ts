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
});
