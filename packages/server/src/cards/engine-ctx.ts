// The engine has no clock and no session: the server hands it both.
import type { Ctx, Role } from '@stageflow/engine';

/** The acting user as the domain needs it (the platform's AuthUser fits). */
export interface Actor {
  id: string;
  role: Role;
  name?: string;
}

export function engineCtx(actor: Actor, now: string): Ctx {
  return {
    now,
    actor: { id: actor.id, role: actor.role, ...(actor.name ? { name: actor.name } : {}) },
  };
}

export function nowIso(): string {
  return new Date().toISOString();
}
