import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../definition.schema.ts';
import { repairWorkflow } from '../builtins/repair.ts';
import { slaMoveEffect, slaState, type StageEntry } from './sla-state.ts';

const H = 3_600_000;
const repair = repairWorkflow;
const STAGES = repair.stages.map((s) => s.key);

// Mon 2026-11-23 09:00 KST = 00:00Z.
const entries: StageEntry[] = [
  { stage: 'received', at: '2026-11-23T00:00:00.000Z' },
  { stage: 'diagnosis', at: '2026-11-23T02:00:00.000Z' },
  { stage: 'awaiting_approval', at: '2026-11-23T05:00:00.000Z' },
];

function target(state: ReturnType<typeof slaState>, key: string) {
  const found = state?.targets.find((t) => t.key === key);
  if (!found) throw new Error(`no target ${key}`);
  return found;
}

describe('slaState', () => {
  it('pauses the repair clock while the customer decides', () => {
    const state = slaState(repair, entries, '2026-11-30T05:00:00.000Z');
    const handBack = target(state, 'hand_back');
    expect(handBack.clock).toBe('paused');
    expect(handBack.elapsedMs).toBe(5 * H); // 09:00–14:00 on Monday, then paused
    expect(handBack.status).toBe('ok');
    expect(handBack.breachAt).toBeNull();
  });

  it('runs in business hours and warns, then breaches, with the breach instant', () => {
    const running = [...entries, { stage: 'in_repair', at: '2026-11-24T00:00:00.000Z' }];
    // 5 business days = 45 h: 5 h on Monday, 36 h Tuesday to Friday, the last 4 h on the next
    // Monday, ending 13:00 KST. The warning (4 days = 36 h) starts on Friday at 13:00 KST.
    const warn = slaState(repair, running, '2026-11-27T04:00:00.000Z');
    expect(target(warn, 'hand_back').status).toBe('warning');
    expect(target(warn, 'hand_back').breachAt).toBe('2026-11-30T04:00:00.000Z');
    const justBefore = slaState(repair, running, '2026-11-27T03:59:00.000Z');
    expect(target(justBefore, 'hand_back').status).toBe('ok');
    const late = slaState(repair, running, '2026-12-01T00:00:00.000Z');
    expect(target(late, 'hand_back').status).toBe('breached');
    expect(target(late, 'hand_back').breachAt).toBe('2026-11-30T04:00:00.000Z');
    expect(late?.worst.status).toBe('breached');
  });

  it('recomputes from history when the policy changes', () => {
    const stricter: WorkflowDefinition = {
      ...repair,
      slaPolicy: { ...repair.slaPolicy!, pausedIn: [] },
    };
    const at = '2026-11-30T05:00:00.000Z';
    expect(target(slaState(stricter, entries, at), 'hand_back').status).toBe('breached');
    expect(target(slaState(repair, entries, at), 'hand_back').status).toBe('ok');
  });

  it('is null without a policy', () => {
    expect(
      slaState({ ...repair, slaPolicy: undefined }, entries, '2026-11-30T00:00:00Z'),
    ).toBeNull();
  });
});

describe('slaMoveEffect (the drag preview)', () => {
  const now = '2026-11-23T06:00:00.000Z';
  const inDiagnosis = entries.slice(0, 2);
  it('says a move pauses, stops, or when it breaches', () => {
    expect(slaMoveEffect(repair, inDiagnosis, 'awaiting_parts', now)).toEqual({ kind: 'pauses' });
    expect(slaMoveEffect(repair, inDiagnosis, 'cancelled', now)).toEqual({ kind: 'stops' });
    const effect = slaMoveEffect(repair, inDiagnosis, 'in_repair', now);
    expect(effect).toMatchObject({ kind: 'breaches_in', ms: 45 * H - 6 * H });
  });
});

// ---- properties over random histories ----

const MIN_T = Date.parse('2025-01-01T00:00:00Z');
const history = fc
  .array(fc.tuple(fc.constantFrom(...STAGES), fc.integer({ min: 0, max: 5 * 24 * H })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((steps) => {
    let at = MIN_T;
    return steps.map(([stage, gap]) => {
      at += gap;
      return { stage, at: new Date(at).toISOString() };
    });
  });
const later = fc.integer({ min: 0, max: 60 * 24 * H });

function elapsed(def: WorkflowDefinition, h: StageEntry[], now: number) {
  return slaState(def, h, new Date(now).toISOString())!.targets.map((t) => t.elapsedMs);
}
const lastAt = (h: StageEntry[]) => Date.parse(h.at(-1)!.at);

describe('slaState properties', () => {
  it('elapsed time never goes down as now moves on', () => {
    fc.assert(
      fc.property(history, later, later, (h, a, b) => {
        const [early, late] = [Math.min(a, b), Math.max(a, b)].map((d) => lastAt(h) + d) as [
          number,
          number,
        ];
        const before = elapsed(repair, h, early);
        const after = elapsed(repair, h, late);
        before.forEach((e, i) => expect(after[i]).toBeGreaterThanOrEqual(e));
      }),
      { numRuns: 150 },
    );
  });

  it('pausing in more stages never increases elapsed time', () => {
    fc.assert(
      fc.property(history, later, fc.subarray(STAGES), (h, d, extra) => {
        const paused: WorkflowDefinition = {
          ...repair,
          slaPolicy: {
            ...repair.slaPolicy!,
            pausedIn: [...(repair.slaPolicy!.pausedIn ?? []), ...extra],
          },
        };
        const now = lastAt(h) + d;
        const base = elapsed(repair, h, now);
        elapsed(paused, h, now).forEach((e, i) => expect(e).toBeLessThanOrEqual(base[i]!));
      }),
      { numRuns: 150 },
    );
  });

  it('a stopped or paused card does not age, and status follows the thresholds', () => {
    fc.assert(
      fc.property(history, later, later, (h, a, b) => {
        const now = lastAt(h) + a;
        const state = slaState(repair, h, new Date(now).toISOString())!;
        const next = slaState(repair, h, new Date(now + b).toISOString())!;
        state.targets.forEach((t, i) => {
          if (t.clock !== 'running') expect(next.targets[i]!.elapsedMs).toBe(t.elapsedMs);
          const expected =
            t.elapsedMs >= t.limitMs ? 'breached' : t.elapsedMs >= t.warnMs ? 'warning' : 'ok';
          expect(t.status).toBe(expected);
          expect(t.remainingMs).toBe(t.limitMs - t.elapsedMs);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('a running clock breaches exactly at breachAt', () => {
    fc.assert(
      fc.property(history, later, (h, d) => {
        const now = lastAt(h) + d;
        for (const t of slaState(repair, h, new Date(now).toISOString())!.targets) {
          if (t.clock !== 'running' || t.breachAt === null || t.status === 'breached') continue;
          const at = Date.parse(t.breachAt);
          const just = slaState(repair, h, t.breachAt)!.targets.find((x) => x.key === t.key)!;
          const before = slaState(repair, h, new Date(at - 1).toISOString())!.targets.find(
            (x) => x.key === t.key,
          )!;
          expect(just.status).toBe('breached');
          expect(before.status).not.toBe('breached');
        }
      }),
      { numRuns: 60 },
    );
  });
});
