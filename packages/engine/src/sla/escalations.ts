// Escalations as data: an SLA target's warning or breach tells a role, once per card. The engine
// says when each threshold falls due from the card's stage history alone (the instant the running
// clock reaches it); the server keeps one row per (card, target, threshold) and fires it once.
import type { Role, WorkflowDefinition } from '../definition.schema.ts';
import type { SlaTarget } from './sla.schema.ts';
import { clockFor } from './business-calendar.ts';
import {
  ordered,
  slaClocksOf,
  slaStateOf,
  startSlaClocks,
  type SlaClocks,
  type SlaTargetState,
  type StageEntry,
} from './sla-state.ts';

export const ESCALATION_THRESHOLDS = ['warning', 'breach'] as const;
export type EscalationThreshold = (typeof ESCALATION_THRESHOLDS)[number];

export interface EscalationPlan {
  target: string;
  threshold: EscalationThreshold;
  /** ISO instant the threshold is (or was) reached; the last stage entry if already past. */
  dueAt: string;
}

/** The roles a threshold escalates to (none: the target does not escalate it). */
export function escalationRoles(target: SlaTarget, threshold: EscalationThreshold): Role[] {
  return (target.escalate?.[threshold] ?? []) as Role[];
}

export function hasEscalations(definition: WorkflowDefinition): boolean {
  return (
    definition.transitions.some((t) => t.notify) ||
    (definition.slaPolicy?.targets.some((t) => t.escalate) ?? false)
  );
}

/** Whether a target's state has reached the threshold (a breach also counts as a warning). */
export function hasReached(state: SlaTargetState, threshold: EscalationThreshold): boolean {
  return threshold === 'breach' ? state.status === 'breached' : state.status !== 'ok';
}

/**
 * The escalations a card should have waiting after its latest stage entry, earliest first. A
 * threshold already reached is due at that entry; one a running clock will reach is due when it
 * does; a paused, idle or stopped clock plans nothing (the next move plans again). A warning is
 * not planned once the breach it announces is reached.
 */
export function escalationsFor(
  definition: WorkflowDefinition,
  entries: StageEntry[],
): EscalationPlan[] {
  if (!definition.slaPolicy || entries.length === 0) return [];
  return escalationsAt(definition, escalationClocks(definition, entries));
}

/** The clocks escalationsFor plans from: the whole stage history, up to its latest entry. */
export function escalationClocks(definition: WorkflowDefinition, entries: StageEntry[]): SlaClocks {
  if (entries.length === 0) return startSlaClocks(definition);
  const latest = entries.reduce((a, b) => (Date.parse(b.at) >= Date.parse(a.at) ? b : a));
  return slaClocksOf(definition, ordered(entries), Date.parse(latest.at));
}

/**
 * escalationsFor from a card's clocks, planned at their latest stage entry: a move that kept the
 * clocks of the card's previous entry adds the new one (advanceSlaClocks) instead of reading the
 * card's history again, and plans the same.
 */
export function escalationsAt(definition: WorkflowDefinition, clocks: SlaClocks): EscalationPlan[] {
  const policy = definition.slaPolicy;
  if (!policy || !clocks.last) return [];
  const nowMs = clocks.last.atMs;
  const state = slaStateOf(definition, clocks, nowMs);
  if (!state) return [];
  const plans: EscalationPlan[] = [];
  for (const target of policy.targets) {
    const current = state.targets.find((t) => t.key === target.key);
    if (!target.escalate || !current || current.clock === 'stopped') continue;
    const clock = clockFor(target.within.unit, policy.calendar);
    if (!clock) continue;
    for (const threshold of ESCALATION_THRESHOLDS) {
      if (escalationRoles(target, threshold).length === 0) continue;
      if (threshold === 'warning' && hasReached(current, 'breach')) continue;
      const thresholdMs = threshold === 'warning' ? current.warnMs : current.limitMs;
      let due: number | null = null;
      if (current.elapsedMs >= thresholdMs) due = nowMs;
      else if (current.clock === 'running') due = clock.add(nowMs, thresholdMs - current.elapsedMs);
      if (due === null || !Number.isFinite(due) || Math.abs(due) > 8.64e15) continue;
      plans.push({ target: target.key, threshold, dueAt: new Date(due).toISOString() });
    }
  }
  return plans.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}
