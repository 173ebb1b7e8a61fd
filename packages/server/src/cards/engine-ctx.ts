// The engine has no clock and no session: the server hands it both.
import type { Ctx, Locale, PartsFacts, Refs, Role } from '@stageflow/engine';

/** The acting user as the domain needs it (the platform's AuthUser fits). */
export interface Actor {
  id: string;
  role: Role;
  name?: string;
  /** The language to answer in (refusal sentences, move labels); English when absent. */
  locale?: Locale | null;
}

/**
 * `refs`: the customer and equipment records the card's reference fields point at; `parts`: the
 * stock facts of its parts lines, when a guard of the move reads them.
 */
export function engineCtx(actor: Actor, now: string, refs?: Refs, parts?: PartsFacts): Ctx {
  return {
    now,
    actor: { id: actor.id, role: actor.role, ...(actor.name ? { name: actor.name } : {}) },
    ...(actor.locale ? { locale: actor.locale } : {}),
    ...(refs ? { refs } : {}),
    ...(parts ? { parts } : {}),
  };
}

/** The app's one clock (`createApp`'s `deps.now`); routes read time only through it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
