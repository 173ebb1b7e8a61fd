// Fires one claimed SLA escalation: in one write transaction it checks the threshold against the
// card's history at `at` (computed by the engine, as every SLA read is), settles the row and tells
// every active user with the escalation's roles. Two schedulers holding the same row cannot both
// tell anyone: the settle is conditional, and the loser's transaction writes nothing.
import { escalationRoles, escalationsFor, hasReached, slaState } from '@stageflow/engine';
import type { Store } from '../db/database.ts';
import type { SlaEscalationRow } from '../db/schema.ts';
import { writeTransaction } from '../db/transaction.ts';
import { DatabaseBusyError } from '../db/database-busy.ts';
import { findCardRow } from '../cards/card.repository.ts';
import { notifyRoles } from '../notifications/notify-roles.ts';
import { getDefinition } from '../workflows/definition-cache.ts';
import { SYSTEM_ACTOR_ID } from '../workflows/install-builtins.ts';
import {
  releaseEscalationClaim,
  replanEscalation,
  settleEscalation,
} from './escalation.repository.ts';
import { stageLogOfCard } from './stage-log.query.ts';

export type EscalationOutcome = 'escalated' | 'replanned' | 'stale' | 'already-settled' | 'retry';

export async function fireEscalation(
  store: Store,
  row: SlaEscalationRow,
  owner: string,
  at: string,
): Promise<EscalationOutcome> {
  try {
    return await writeTransaction(store, async (trx) => {
      const waiting = await trx
        .selectFrom('sla_escalations')
        .select('id')
        .where('id', '=', row.id)
        .where('fired_at', 'is', null)
        .executeTakeFirst();
      if (!waiting) return 'already-settled';
      const card = await findCardRow(trx, row.card_id);
      const stale = async () =>
        (await settleEscalation(trx, row.id, { at, outcome: 'stale' }))
          ? 'stale'
          : 'already-settled';
      if (!card) return stale();
      const definition = await getDefinition(store, trx, card.workflow_key, card.workflow_version);
      const target = definition.slaPolicy?.targets.find((t) => t.key === row.target_key);
      const roles = target ? escalationRoles(target, row.threshold) : [];
      if (!target || roles.length === 0) return stale();
      const entries = await stageLogOfCard(trx, card.id);
      const state = slaState(definition, entries, at)?.targets.find((t) => t.key === target.key);
      if (!state || !hasReached(state, row.threshold)) {
        // Not there yet (the plan was made on other terms): wait for the instant planned now.
        const plan = escalationsFor(definition, entries).find(
          (p) => p.target === target.key && p.threshold === row.threshold && p.dueAt > at,
        );
        if (!plan) return stale();
        await replanEscalation(trx, row.id, plan.dueAt);
        return 'replanned';
      }
      // A warning that comes due after the breach it announces is no news: the breach tells.
      if (
        row.threshold === 'warning' &&
        hasReached(state, 'breach') &&
        escalationRoles(target, 'breach').length > 0
      )
        return stale();
      // Settled first: a second scheduler's settle now waits on this row and then finds it done.
      if (!(await settleEscalation(trx, row.id, { at, outcome: 'fired' })))
        return 'already-settled';
      const stage = definition.stages.find((s) => s.key === card.stage);
      const notified = await notifyRoles(trx, {
        roles,
        actorId: SYSTEM_ACTOR_ID,
        card,
        at,
        detail: {
          threshold: row.threshold,
          toStage: card.stage,
          toStageLabel: stage?.label ?? card.stage,
          ...(stage?.labels ? { toStageLabels: stage.labels } : {}),
          targetLabel: target.label,
          ...(target.labels ? { targetLabels: target.labels } : {}),
        },
      });
      await trx.updateTable('sla_escalations').set({ notified }).where('id', '=', row.id).execute();
      return 'escalated';
    });
  } catch (err) {
    // The database was busy: give the claim back, retry on the next tick.
    if (err instanceof DatabaseBusyError) {
      await releaseEscalationClaim(store.db, row.id, owner).catch(() => undefined);
      return 'retry';
    }
    throw err;
  }
}
