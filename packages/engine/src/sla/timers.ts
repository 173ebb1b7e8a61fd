// Timed transitions (XState `after` as data): a transition with `after` fires by itself once the
// card has been in one of its source stages that long. The engine only says when; the server's
// scheduler sends the event through the normal transition path when the time comes.
import type { WorkflowDefinition } from '../definition.schema.ts';
import { sourcesOf } from '../rules.ts';
import { clockFor, durationMs } from './business-calendar.ts';

export interface TimerPlan {
  event: string;
  /** ISO timestamp when the event is due. */
  dueAt: string;
}

/** The timers a card that entered `stage` at `enteredAt` should have, earliest first. */
export function timersFor(
  definition: WorkflowDefinition,
  stage: string,
  enteredAt: string,
): TimerPlan[] {
  const from = Date.parse(enteredAt);
  const plans: TimerPlan[] = [];
  for (const transition of definition.transitions) {
    if (!transition.after || !sourcesOf(definition, transition).includes(stage)) continue;
    const clock = clockFor(transition.after.unit, definition.slaPolicy?.calendar);
    if (!clock) continue; // validate() reports the missing calendar
    const due = clock.add(from, durationMs(transition.after, clock));
    if (due === null || !Number.isFinite(due) || Math.abs(due) > 8.64e15) continue;
    plans.push({ event: transition.event, dueAt: new Date(due).toISOString() });
  }
  return plans.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}
