// A finished card's SLA outcome, stored for the SLA report (migration 1500). It is decided by the
// engine's slaState() in the write that puts the card into a done or cancelled stage of its
// version, when no target's clock runs there: from then on the outcome cannot change until the card
// moves again (or is migrated), and those writes replace it. A row is keyed by the stage entry it
// measured (finished_at = cards.entered_at), so the report uses it only while it still describes
// the card; anything else (a clock still running in that stage, a row not written yet) the report
// computes live from the history. Published versions are immutable, so a changed policy is a new
// version, which reaches a card only by a migration — a write that replaces the row.
import { clockModeIn, slaState, type StageEntry, type WorkflowDefinition } from '@stageflow/engine';
import type { Insertable } from 'kysely';
import type { CardRow, CardSlaOutcomesTable, CardSlaTargetOutcomesTable } from '../db/schema.ts';
import type { Store } from '../db/database.ts';
import { writeTransaction, type WriteTx } from '../db/transaction.ts';
import { getDefinition } from '../workflows/definition-cache.ts';
import { stageLogOfCard, stageLogsOfCards } from './stage-log.query.ts';

type OutcomeCard = Pick<CardRow, 'id' | 'stage' | 'entered_at' | 'workflow_version'>;

/** Cards per transaction and per `IN (…)` list. */
const CHUNK = 500;

export function isFinishedStage(definition: WorkflowDefinition, stage: string): boolean {
  const category = definition.stages.find((s) => s.key === stage)?.category;
  return category === 'done' || category === 'cancelled';
}

/** A card in `stage` has an outcome that no longer changes: finished, and no clock runs there. */
export function outcomeIsFinal(definition: WorkflowDefinition, stage: string): boolean {
  if (!isFinishedStage(definition, stage)) return false;
  const targets = definition.slaPolicy?.targets ?? [];
  return targets.every((t) => clockModeIn(definition, t, stage) !== 'running');
}

async function deleteOutcome(trx: WriteTx, cardId: string): Promise<void> {
  await trx.deleteFrom('card_sla_target_outcomes').where('card_id', '=', cardId).execute();
  await trx.deleteFrom('card_sla_outcomes').where('card_id', '=', cardId).execute();
}

/** The card measured by slaState() over `entries`: its outcome row and its targets' rows. */
function outcomeRows(definition: WorkflowDefinition, card: OutcomeCard, entries: StageEntry[]) {
  // Evaluated at the card's last stage entry: every entry counts and no clock runs after it.
  let measuredAt = card.entered_at;
  for (const e of entries) if (e.at > measuredAt) measuredAt = e.at;
  const state = definition.slaPolicy ? slaState(definition, entries, measuredAt) : null;
  const outcome: Insertable<CardSlaOutcomesTable> = {
    card_id: card.id,
    workflow_key: definition.key,
    workflow_version: card.workflow_version,
    stage: card.stage,
    finished_at: card.entered_at,
    measured_at: measuredAt,
    measured: state ? 1 : 0,
    breached: state?.targets.some((t) => t.status === 'breached') ? 1 : 0,
  };
  const targets: Insertable<CardSlaTargetOutcomesTable>[] = (state?.targets ?? []).map(
    (t, position) => ({
      card_id: card.id,
      target_key: t.key,
      workflow_key: definition.key,
      stage: card.stage,
      finished_at: card.entered_at,
      position,
      label: t.label,
      status: t.status,
      elapsed_ms: t.elapsedMs,
      limit_ms: t.limitMs,
    }),
  );
  return { outcome, targets };
}

/** Stores measured outcomes (a batch: one statement per table). */
async function insertOutcomes(trx: WriteTx, rows: ReturnType<typeof outcomeRows>[]) {
  if (rows.length === 0) return;
  await trx
    .insertInto('card_sla_outcomes')
    .values(rows.map((r) => r.outcome))
    .execute();
  const targets = rows.flatMap((r) => r.targets);
  if (targets.length > 0)
    await trx.insertInto('card_sla_target_outcomes').values(targets).execute();
}

/**
 * The write path's part (called where a card enters a stage or a version: created, moved,
 * migrated): drops the card's stored outcome when it may have one, and stores the new one when the
 * card is now finished with its clocks stopped. `entries`: the stage log when the caller has it.
 */
export async function recordSlaOutcome(
  trx: WriteTx,
  definition: WorkflowDefinition,
  card: OutcomeCard,
  options: { mayHaveOutcome: boolean; entries?: StageEntry[] },
): Promise<void> {
  if (options.mayHaveOutcome) await deleteOutcome(trx, card.id);
  if (!outcomeIsFinal(definition, card.stage)) return;
  const entries = options.entries ?? (await stageLogOfCard(trx, card.id));
  await insertOutcomes(trx, [outcomeRows(definition, card, entries)]);
}

/**
 * Start-up (and after a bulk import): drops stored outcomes that no longer describe their card and
 * stores the outcome of every finished card that has none for its current stage entry and version
 * — cards written before migration 1500, or by a writer that bypassed the write path. Safe to run
 * on every start, from every process.
 */
export async function backfillSlaOutcomes(store: Store): Promise<number> {
  // Rows that no longer describe their card (written around the write path) go first: the report
  // trusts that every stored outcome is a card finished in that stage at that instant.
  const stale = await store.db
    .selectFrom('card_sla_outcomes as o')
    .innerJoin('cards as c', 'c.id', 'o.card_id')
    .select('o.card_id')
    .where((eb) =>
      eb.or([
        eb('c.entered_at', '<>', eb.ref('o.finished_at')),
        eb('c.stage', '<>', eb.ref('o.stage')),
        eb('c.workflow_version', '<>', eb.ref('o.workflow_version')),
      ]),
    )
    .execute();
  for (let i = 0; i < stale.length; i += CHUNK) {
    await writeTransaction(store, async (trx) => {
      for (const { card_id } of stale.slice(i, i + CHUNK)) await deleteOutcome(trx, card_id);
    });
  }
  const versions = await store.db
    .selectFrom('workflow_versions')
    .select(['workflow_key', 'version'])
    .execute();
  let stored = 0;
  for (const { workflow_key: key, version } of versions) {
    const definition = await getDefinition(store, store.db, key, version);
    const stages = definition.stages
      .map((s) => s.key)
      .filter((stage) => outcomeIsFinal(definition, stage));
    if (stages.length === 0) continue;
    // One read of the candidates, then chunks: paging by id would sort the candidates per chunk.
    const missing = await store.db
      .selectFrom('cards as c')
      .select(['c.id', 'c.stage', 'c.entered_at', 'c.workflow_version'])
      .where('c.workflow_key', '=', key)
      .where('c.workflow_version', '=', version)
      .where('c.stage', 'in', stages)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('card_sla_outcomes as o')
              .select('o.card_id')
              .whereRef('o.card_id', '=', 'c.id')
              .whereRef('o.finished_at', '=', 'c.entered_at')
              .whereRef('o.workflow_version', '=', 'c.workflow_version'),
          ),
        ),
      )
      .execute();
    for (let i = 0; i < missing.length; i += CHUNK) {
      const cards = missing.slice(i, i + CHUNK);
      const ids = cards.map((c) => c.id);
      const logs = await stageLogsOfCards(store.db, ids);
      await writeTransaction(store, async (trx) => {
        // Outcomes of an earlier stage entry or version (their targets first: the day totals'
        // triggers read each row as it goes).
        await trx.deleteFrom('card_sla_target_outcomes').where('card_id', 'in', ids).execute();
        await trx.deleteFrom('card_sla_outcomes').where('card_id', 'in', ids).execute();
        await insertOutcomes(
          trx,
          cards.map((card) => outcomeRows(definition, card, logs.get(card.id) ?? [])),
        );
      });
      stored += cards.length;
    }
  }
  return stored;
}
