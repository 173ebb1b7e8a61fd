// Test support for the lifecycle tests: a fixed clock and actor, and results unwrapped with a
// readable failure when the engine answers otherwise than the test expects.
import type { Role } from '../definition.schema.ts';
import type {
  Accepted,
  Ctx,
  EngineEvent,
  Move,
  PersistedCard,
  Rejection,
  StepResult,
} from '../types.ts';
import type { WorkflowDefinition } from '../definition.schema.ts';
import { step } from '../index.ts';

/** The acting user at `now`; a manager unless the case needs another role. */
export const at = (now: string, role: Role = 'manager'): Ctx => ({
  now,
  actor: { id: `u-${role}`, role, name: `A ${role}` },
});

export function accepted(result: StepResult): Accepted {
  if (!result.ok) throw new Error(`Refused (${result.code}): ${result.message}`);
  return result;
}

export function rejected(result: StepResult): Rejection {
  if (result.ok) throw new Error(`Accepted into ${result.stage}, expected a refusal`);
  return result;
}

/** Makes each move in turn (all at `ctx`), failing loudly on the first refusal. */
export function walk(
  definition: WorkflowDefinition,
  card: PersistedCard,
  events: (string | EngineEvent)[],
  ctx: Ctx,
): PersistedCard {
  return events.reduce<PersistedCard>((snapshot, event) => {
    const move = typeof event === 'string' ? { type: event } : event;
    return accepted(step(definition, snapshot, move, ctx)).snapshot;
  }, card);
}

/** A move list as the board reads it: event, allowed, and why not. */
export const board = (list: Move[]) =>
  list.map((m) => (m.allowed ? [m.event, 'allowed'] : [m.event, m.code, m.reason]));
