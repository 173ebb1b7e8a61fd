// SLA as the board shows it: a badge on each card and what a drop does to the clock, from the
// same engine function the server uses (slaState over the card's stage log, the policy and now).
import {
  localLabel,
  slaMoveEffect,
  slaState,
  type Locale,
  type SlaTargetState,
  type StageEntry,
  type WorkflowDefinition,
} from '@stageflow/engine';
import type { BoardCard } from '../api/types.ts';
import type { BoardT } from '../i18n/useT.ts';
import type { DropTarget } from './drop-targets.ts';

/** The card's stage entries: the board's copy of its history, or at least the current stage. */
export function stageLogOf(
  card: Pick<BoardCard, 'stage' | 'enteredAt' | 'stageLog'>,
): StageEntry[] {
  return card.stageLog?.length ? card.stageLog : [{ stage: card.stage, at: card.enteredAt }];
}

/** Clock time in hours (business time is counted in working hours, so never in days). */
export function formatClock(t: BoardT, ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60000));
  if (minutes < 60) return t('sla.minutes', { count: minutes });
  return t('sla.hours', { count: Math.floor(minutes / 60) });
}

/** A target's label in the reader's language (the definition may translate it). */
export function targetLabel(
  definition: WorkflowDefinition,
  target: Pick<SlaTargetState, 'key' | 'label'>,
  locale: Locale,
): string {
  const def = definition.slaPolicy?.targets.find((x) => x.key === target.key);
  return def ? localLabel(def, locale) : target.label;
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
  t: BoardT,
  locale: Locale,
): SlaBadge | null {
  if (!definition?.slaPolicy) return null;
  const state = slaState(definition, stageLogOf(card), new Date(now).toISOString());
  if (!state) return null;
  const w = state.worst;
  // A finished card whose targets were all met says nothing: the board stays quiet.
  if (w.clock === 'stopped' && w.status !== 'breached') return null;
  const paused = w.clock === 'paused';
  const time = formatClock(t, Math.abs(w.remainingMs));
  const text =
    w.status === 'breached'
      ? t('sla.breached', { time })
      : t(paused ? 'sla.leftPaused' : 'sla.left', { time });
  const title = t(paused ? 'sla.titlePaused' : 'sla.title', {
    target: targetLabel(definition, w, locale),
    status: t(`sla.status.${w.status}`),
    used: formatClock(t, w.elapsedMs),
    limit: formatClock(t, w.limitMs),
  });
  return { status: w.status, paused, text, title };
}

/** "Pauses the clock", "Breaches in 3h", … for a drop on `to` now, or null without a policy. */
export function clockPreview(
  definition: WorkflowDefinition | undefined,
  card: BoardCard,
  to: string,
  now: number,
  t: BoardT,
  locale: Locale,
): string | null {
  if (!definition?.slaPolicy) return null;
  const effect = slaMoveEffect(definition, stageLogOf(card), to, new Date(now).toISOString());
  if (!effect) return null;
  switch (effect.kind) {
    case 'pauses':
      return t('sla.previewPauses');
    case 'stops':
      return t('sla.previewStops');
    case 'breached':
      return t('sla.previewBreached', {
        target: targetLabel(definition, { key: effect.key, label: effect.target }, locale),
      });
    case 'breaches_in':
      return t('sla.previewBreaches', { time: formatClock(t, effect.ms) });
  }
}

/** Adds the clock preview to every column a drop is allowed on. */
export function withClockPreview(
  targets: Map<string, DropTarget>,
  definition: WorkflowDefinition | undefined,
  card: BoardCard,
  now: number,
  t: BoardT,
  locale: Locale,
): Map<string, DropTarget> {
  for (const [stage, target] of targets) {
    if (target.state !== 'allowed') continue;
    const clock = clockPreview(definition, card, stage, now, t, locale);
    if (clock) targets.set(stage, { ...target, clock });
  }
  return targets;
}
