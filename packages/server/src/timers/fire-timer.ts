// Fires one claimed timer through the normal transition path, as the system actor, so the card's
// history, change feed and timers move exactly as for a person's move. The timer is settled in
// the same write transaction as the move: two schedulers that both hold it (a claim that outlived
// its lease) cannot both fire it, because writers are serialized and the second finds it settled.
import type { Store } from '../db/database.ts';
import type { TimerRow } from '../db/schema.ts';
import { writeTransaction } from '../db/transaction.ts';
import { HttpProblem } from '../http/problem.ts';
import { findCardRow } from '../cards/card.repository.ts';
import type { Actor } from '../cards/engine-ctx.ts';
import { transitionCard } from '../cards/transition.service.ts';
import { SYSTEM_ACTOR_ID } from '../workflows/install-builtins.ts';
import { findWaitingTimer, releaseClaim, settleTimer } from './timer.repository.ts';

/** Who a timed transition is made by: history shows "system", the rules see an admin. */
export const SYSTEM_ACTOR: Actor = { id: SYSTEM_ACTOR_ID, role: 'admin', name: 'Stageflow' };

export type FireOutcome = 'fired' | 'stale' | 'refused' | 'already-settled' | 'retry';

class Settled extends Error {}
class Stale extends Error {}

export async function fireTimer(
  store: Store,
  timer: TimerRow,
  owner: string,
  at: string,
): Promise<FireOutcome> {
  const card = await findCardRow(store.db, timer.card_id);
  const settle = async (outcome: 'stale' | 'refused', detail?: string) => {
    const done = await writeTransaction(store, (trx) =>
      settleTimer(trx, timer.id, { at, outcome, detail }),
    );
    return done ? outcome : 'already-settled';
  };
  if (!card) return settle('stale');
  try {
    await transitionCard(
      store,
      SYSTEM_ACTOR,
      card.id,
      card.revision,
      { event: timer.event },
      {
        at,
        before: async (trx, current) => {
          const waiting = await findWaitingTimer(trx, timer.id);
          if (!waiting) throw new Settled();
          if (current.stage !== waiting.stage || current.entered_at !== waiting.entered_at)
            throw new Stale();
          await settleTimer(trx, timer.id, { at, outcome: 'fired' });
        },
      },
    );
    return 'fired';
  } catch (err) {
    if (err instanceof Settled) return 'already-settled';
    if (err instanceof Stale) return settle('stale');
    // The card changed under us or the database was busy: give the claim back, retry next tick.
    if (err instanceof HttpProblem && (err.status === 412 || err.status === 503)) {
      await releaseClaim(store.db, timer.id, owner);
      return 'retry';
    }
    // The engine refused (a guard no longer holds): the timer is spent, with the reason kept.
    if (err instanceof HttpProblem) return settle('refused', err.detail);
    throw err;
  }
}
