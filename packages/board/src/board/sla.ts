// SLA as the board shows it: a badge on each card and what a drop does to the clock, from the
// same engine function the server uses (slaState over the card's stage log, the policy and now).
import {
  slaMoveEffect,
  slaState,
  type SlaTargetState,
  type StageEntry,
  type WorkflowDefinition,
} from '@stageflow/engine';
import type { BoardCard } from '../api/types.ts';
import type { DropTarget } from './drop-targets.ts';
import { formatDuration } from './time.ts';

/** The card's stage entries: the board's copy of its history, or at least the current stage. */
export function stageLogOf(
  card: Pick<BoardCard, 'stage' | 'enteredAt' | 'stageLog'>,
): StageEntry[] {
  return card.stageLog?.length ? card.stageLog : [{ stage: card.stage, at: card.enteredAt }];
}

/** Clock time as people read it: business time in hours ("27h"), wall time as elsewhere. */
export function formatClock(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  return hours < 100 ? `${hours}h` : formatDuration(ms);
}

export interface SlaBadge {
  status: SlaTargetState['status'];
  paused: boolean;
  text: string;
  title: string;
}

export function slaBadge(
  definition: WorkflowDefinition | undefined,
  card: BoardCard,
  now: number,
): SlaBadge | null {
  if (!definition?.slaPolicy) return null;
  const state = slaState(definition, stageLogOf(card), new Date(now).toISOString());
  if (!state) return null;
  const t = state.worst;
  // A finished card whose targets were all met says nothing: the board stays quiet.
  if (t.clock === 'stopped' && t.status !== 'breached') return null;
  const paused = t.clock === 'paused';
  const text =
    t.status === 'breached'
      ? `Breached ${formatClock(-t.remainingMs)}`
      : `${formatClock(t.remainingMs)} left${paused ? ' · paused' : ''}`;
  const status = { ok: 'on time', warning: 'due soon', breached: 'overdue' }[t.status];
  const title = `${t.label}: ${status}, ${formatClock(t.elapsedMs)} of ${formatClock(t.limitMs)} used${paused ? '; clock paused in this stage' : ''}`;
  return { status: t.status, paused, text, title };
}

/** "Pauses the clock", "Breaches in 3h", … for a drop on `to` now, or null without a policy. */
export function clockPreview(
  definition: WorkflowDefinition | undefined,
  card: BoardCard,
  to: string,
  now: number,
): string | null {
  if (!definition?.slaPolicy) return null;
  const effect = slaMoveEffect(definition, stageLogOf(card), to, new Date(now).toISOString());
  if (!effect) return null;
  switch (effect.kind) {
    case 'pauses':
      return 'Pauses the clock';
    case 'stops':
      return 'Stops the clock';
    case 'breached':
      return `${effect.target}: already breached`;
    case 'breaches_in':
      return `Breaches in ${formatClock(effect.ms)}`;
  }
}

/** Adds the clock preview to every column a drop is allowed on. */
export function withClockPreview(
  targets: Map<string, DropTarget>,
  definition: WorkflowDefinition | undefined,
  card: BoardCard,
  now: number,
): Map<string, DropTarget> {
  for (const [stage, target] of targets) {
    if (target.state !== 'allowed') continue;
    const clock = clockPreview(definition, card, stage, now);
    if (clock) targets.set(stage, { ...target, clock });
  }
  return targets;
}
