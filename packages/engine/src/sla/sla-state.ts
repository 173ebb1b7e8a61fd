// A card's SLA state from its stage history, the workflow's policy and `now`: nothing is stored,
// so a changed policy (or calendar) recomputes every open card the next time it is read.
import type { WorkflowDefinition } from '../definition.schema.ts';
import type { SlaTarget } from './sla.schema.ts';
import { clockFor, durationMs, type Clock } from './business-calendar.ts';

/** One stage entry of a card's history: it entered `stage` at `at` (ISO timestamp). */
export interface StageEntry {
  stage: string;
  at: string;
}

export type SlaStatus = 'ok' | 'warning' | 'breached';
/** `idle`: a per-stage target whose stages the card is not in. */
export type ClockMode = 'running' | 'paused' | 'stopped' | 'idle';

export interface SlaTargetState {
  key: string;
  label: string;
  status: SlaStatus;
  clock: ClockMode;
  /** Clock time run so far and the thresholds, in ms of the target's clock (business or wall). */
  elapsedMs: number;
  warnMs: number;
  limitMs: number;
  /** limitMs − elapsedMs; negative once breached. */
  remainingMs: number;
  /** When it breached, or when it will if the clock keeps running; null if it never will. */
  breachAt: string | null;
}

export interface SlaState {
  targets: SlaTargetState[];
  /** The target closest to (or furthest past) its breach. */
  worst: SlaTargetState;
}

const STATUS_RANK: Record<SlaStatus, number> = { ok: 0, warning: 1, breached: 2 };

// Definitions are not changed once built (a board or a move reads one object many times).
const stoppedByDefinition = new WeakMap<WorkflowDefinition, Set<string>>();

function stoppedStages(definition: WorkflowDefinition): Set<string> {
  let stopped = stoppedByDefinition.get(definition);
  if (stopped) return stopped;
  const policy = definition.slaPolicy;
  stopped = policy?.stoppedIn
    ? new Set(policy.stoppedIn)
    : new Set(
        definition.stages
          .filter((s) => s.category === 'done' || s.category === 'cancelled')
          .map((s) => s.key),
      );
  stoppedByDefinition.set(definition, stopped);
  return stopped;
}

/** What the clock of `target` does while a card is in `stage`. */
export function clockModeIn(
  definition: WorkflowDefinition,
  target: SlaTarget,
  stage: string,
): ClockMode {
  if (stoppedStages(definition).has(stage)) return 'stopped';
  // A per-stage target outside its stages is not counting at all, paused stage or not.
  if (target.stages && !target.stages.includes(stage)) return 'idle';
  if (definition.slaPolicy?.pausedIn?.includes(stage)) return 'paused';
  return 'running';
}

/**
 * A card's SLA clocks folded over its stage entries in time order, up to the start of the latest
 * one: what a later entry continues from. Folding entries one by one gives exactly what folding
 * them all at once gives, so a writer that kept the clocks of a card's last entry can add the next
 * entry without reading the card's history again (escalation planning on a move).
 */
export interface SlaClocks {
  /** The latest entry folded in (its interval is still open); null before the first. */
  last: { stage: string; atMs: number } | null;
  /** Per policy target, in the policy's order: clock time run before `last`, and the breach. */
  targets: ({ elapsedMs: number; breachAt: number | null } | null)[];
}

interface TargetClock {
  clock: Clock;
  limitMs: number;
  warnMs: number;
}

function targetClock(definition: WorkflowDefinition, target: SlaTarget): TargetClock | null {
  const clock = clockFor(target.within.unit, definition.slaPolicy?.calendar);
  if (!clock) return null;
  const limitMs = durationMs(target.within, clock);
  const warnMs = target.warnAfter ? durationMs(target.warnAfter, clock) : limitMs * 0.8;
  return { clock, limitMs, warnMs };
}

/** The target's clock after the open interval of `last` runs on to `toMs`. */
function runUntil(
  definition: WorkflowDefinition,
  target: SlaTarget,
  measure: TargetClock,
  last: { stage: string; atMs: number },
  state: { elapsedMs: number; breachAt: number | null },
  toMs: number,
): { elapsedMs: number; breachAt: number | null } {
  if (clockModeIn(definition, target, last.stage) !== 'running') return state;
  const run = measure.clock.between(last.atMs, toMs);
  let breachAt = state.breachAt;
  if (breachAt === null && state.elapsedMs + run >= measure.limitMs) {
    breachAt = measure.clock.add(last.atMs, measure.limitMs - state.elapsedMs);
  }
  return { elapsedMs: state.elapsedMs + run, breachAt };
}

/** No entry folded yet: every measurable target at zero. */
export function startSlaClocks(definition: WorkflowDefinition): SlaClocks {
  const targets = definition.slaPolicy?.targets ?? [];
  return {
    last: null,
    targets: targets.map((t) =>
      targetClock(definition, t) ? { elapsedMs: 0, breachAt: null } : null,
    ),
  };
}

/**
 * The clocks after one more stage entry, which must not be earlier than the last one folded in
 * (callers holding an older entry fold the whole history again with slaClocksOf).
 */
export function advanceSlaClocks(
  definition: WorkflowDefinition,
  clocks: SlaClocks,
  entry: StageEntry,
): SlaClocks {
  const atMs = Date.parse(entry.at);
  const { last } = clocks;
  const policyTargets = definition.slaPolicy?.targets ?? [];
  return {
    last: { stage: entry.stage, atMs },
    targets: clocks.targets.map((state, i) => {
      const measure = state && targetClock(definition, policyTargets[i]!);
      if (!state || !measure || !last) return state;
      return runUntil(definition, policyTargets[i]!, measure, last, state, atMs);
    }),
  };
}

/** The clocks after the entries (time order) that are not later than `untilMs`. */
export function slaClocksOf(
  definition: WorkflowDefinition,
  sorted: StageEntry[],
  untilMs: number,
): SlaClocks {
  let clocks = startSlaClocks(definition);
  for (const entry of sorted) {
    if (!(Date.parse(entry.at) <= untilMs)) break;
    clocks = advanceSlaClocks(definition, clocks, entry);
  }
  return clocks;
}

function targetState(
  definition: WorkflowDefinition,
  target: SlaTarget,
  clocks: SlaClocks,
  index: number,
  nowMs: number,
): SlaTargetState | null {
  const measure = targetClock(definition, target);
  const folded = clocks.targets[index];
  if (!measure || !folded) return null;
  const { limitMs, warnMs, clock } = measure;
  const { last } = clocks;
  const { elapsedMs, breachAt: breach } = last
    ? runUntil(definition, target, measure, last, folded, nowMs)
    : folded;
  let breachAt = breach;
  const mode = last === null ? 'idle' : clockModeIn(definition, target, last.stage);
  const remainingMs = limitMs - elapsedMs;
  if (breachAt === null && mode === 'running') breachAt = clock.add(nowMs, remainingMs);
  const status: SlaStatus =
    elapsedMs >= limitMs ? 'breached' : elapsedMs >= warnMs ? 'warning' : 'ok';
  return {
    key: target.key,
    label: target.label,
    status,
    clock: mode,
    elapsedMs,
    warnMs,
    limitMs,
    remainingMs,
    breachAt: breachAt === null ? null : new Date(breachAt).toISOString(),
  };
}

/** Entries in time order (a stable sort: two entries at one instant keep their history order). */
export function ordered(entries: StageEntry[]): StageEntry[] {
  return entries
    .map((e, i) => ({ e, i, t: Date.parse(e.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map(({ e }) => e);
}

/**
 * The card's SLA state at `now`, or null when the workflow has no SLA policy. `entries` are the
 * stage entries of its history (creation first); the engine reads no clock of its own.
 */
export function slaState(
  definition: WorkflowDefinition,
  entries: StageEntry[],
  now: string,
): SlaState | null {
  const policy = definition.slaPolicy;
  if (!policy) return null;
  const nowMs = Date.parse(now);
  return slaStateOf(definition, slaClocksOf(definition, ordered(entries), nowMs), nowMs);
}

/** The SLA state at `nowMs` (not before the last entry folded in) from a card's clocks. */
export function slaStateOf(
  definition: WorkflowDefinition,
  clocks: SlaClocks,
  nowMs: number,
): SlaState | null {
  const policy = definition.slaPolicy;
  if (!policy) return null;
  const targets = policy.targets
    .map((t, i) => targetState(definition, t, clocks, i, nowMs))
    .filter((t): t is SlaTargetState => t !== null);
  if (targets.length === 0) return null;
  const worst = targets.reduce((a, b) =>
    STATUS_RANK[b.status] > STATUS_RANK[a.status] ||
    (STATUS_RANK[b.status] === STATUS_RANK[a.status] &&
      b.remainingMs / b.limitMs < a.remainingMs / a.limitMs)
      ? b
      : a,
  );
  return { targets, worst };
}

/** What moving a card to `to` now does to its clocks, for the drag preview. */
export type SlaMoveEffect =
  | { kind: 'stops' }
  | { kind: 'pauses' }
  | { kind: 'breached'; key: string; target: string }
  | { kind: 'breaches_in'; key: string; target: string; ms: number; breachAt: string | null };

export function slaMoveEffect(
  definition: WorkflowDefinition,
  entries: StageEntry[],
  to: string,
  now: string,
): SlaMoveEffect | null {
  const after = slaState(definition, [...entries, { stage: to, at: now }], now);
  if (!after) return null;
  const running = after.targets
    .filter((t) => t.clock === 'running')
    .sort((a, b) => a.remainingMs - b.remainingMs)[0];
  if (running) {
    return running.remainingMs <= 0
      ? { kind: 'breached', key: running.key, target: running.label }
      : {
          kind: 'breaches_in',
          key: running.key,
          target: running.label,
          ms: running.remainingMs,
          breachAt: running.breachAt,
        };
  }
  if (after.targets.some((t) => t.clock === 'stopped')) return { kind: 'stops' };
  if (after.targets.some((t) => t.clock === 'paused')) return { kind: 'pauses' };
  return null;
}
