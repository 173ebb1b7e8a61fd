// A card's SLA state from its stage history, the workflow's policy and `now`: nothing is stored,
// so a changed policy (or calendar) recomputes every open card the next time it is read.
import type { WorkflowDefinition } from '../definition.schema.ts';
import type { SlaTarget } from './sla.schema.ts';
import { clockFor, durationMs } from './business-calendar.ts';

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

function stoppedStages(definition: WorkflowDefinition): Set<string> {
  const policy = definition.slaPolicy;
  if (policy?.stoppedIn) return new Set(policy.stoppedIn);
  return new Set(
    definition.stages
      .filter((s) => s.category === 'done' || s.category === 'cancelled')
      .map((s) => s.key),
  );
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

function targetState(
  definition: WorkflowDefinition,
  target: SlaTarget,
  entries: StageEntry[],
  nowMs: number,
): SlaTargetState | null {
  const clock = clockFor(target.within.unit, definition.slaPolicy?.calendar);
  if (!clock) return null;
  const limitMs = durationMs(target.within, clock);
  const warnMs = target.warnAfter ? durationMs(target.warnAfter, clock) : limitMs * 0.8;
  let elapsedMs = 0;
  let breachAt: number | null = null;
  let current: string | null = null;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const from = Date.parse(entry.at);
    if (!(from <= nowMs)) break;
    current = entry.stage;
    const next = entries[i + 1];
    const to = Math.min(next ? Date.parse(next.at) : nowMs, nowMs);
    if (clockModeIn(definition, target, entry.stage) !== 'running') continue;
    const run = clock.between(from, to);
    if (breachAt === null && elapsedMs + run >= limitMs) {
      breachAt = clock.add(from, limitMs - elapsedMs);
    }
    elapsedMs += run;
  }
  const mode = current === null ? 'idle' : clockModeIn(definition, target, current);
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
function ordered(entries: StageEntry[]): StageEntry[] {
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
  const sorted = ordered(entries);
  const targets = policy.targets
    .map((t) => targetState(definition, t, sorted, nowMs))
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
