// When each card first entered an `active` stage (`cards.started_at`, the start of its cycle time),
// kept exact without reading history at report time (migration 1700, docs/reports.md):
// - the categories that count are the REPORT's — the workflow's stages merged over every
//   published version, the newest version's category winning (reportStages) — not the card's
//   pinned version's: that is what the cycle-time report has always asked of the history;
// - `report_active_stages` holds, per workflow, the stage keys that are active by that rule;
// - a trigger on card_history (every writer of history: creations, moves, migrations, seeds)
//   lowers `started_at` to the row's `at` when the row enters one of them, in the writing
//   transaction;
// - the set can change only when a version is published (versions are immutable and never
//   removed), so every publish calls refreshActiveStages: when the set changed, each card of the
//   workflow gets its start worked out again from its history. A card migrated to another
//   version keeps its start: the categories it is judged by are the workflow's, not its version's.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import { parseStoredDefinition } from '../workflows/definition-cache.ts';
import { reportStages } from './report-stages.ts';

type Db = Kysely<Database>;

/** The stage keys the reports count as active for the workflow now (from its stored versions). */
export async function activeStagesOf(db: Db, workflowKey: string): Promise<string[]> {
  const rows = await db
    .selectFrom('workflow_versions')
    .select('definition')
    .where('workflow_key', '=', workflowKey)
    .orderBy('version', 'desc')
    .execute();
  const newestFirst = rows.map((r) => parseStoredDefinition(r.definition));
  return reportStages(newestFirst)
    .filter((s) => s.category === 'active')
    .map((s) => s.key);
}

/**
 * After a version of the workflow is written (in the same transaction): stores its active stages
 * and, if they changed, recomputes every card's start from its history. Returns whether they did.
 */
export async function refreshActiveStages(db: Db, workflowKey: string): Promise<boolean> {
  const active = await activeStagesOf(db, workflowKey);
  const stored = await db
    .selectFrom('report_active_stages')
    .select('stage')
    .where('workflow_key', '=', workflowKey)
    .execute();
  const before = new Set(stored.map((r) => r.stage));
  if (before.size === active.length && active.every((s) => before.has(s))) return false;
  await db.deleteFrom('report_active_stages').where('workflow_key', '=', workflowKey).execute();
  if (active.length > 0) {
    await db
      .insertInto('report_active_stages')
      .values(active.map((stage) => ({ workflow_key: workflowKey, stage })))
      .execute();
  }
  await recomputeStartedAt(db, workflowKey);
  return true;
}

/**
 * Every card of the workflow: its first history row entering a stored active stage. One grouped
 * pass over the workflow's history; only the cards whose start changes are written.
 */
export async function recomputeStartedAt(db: Db, workflowKey: string): Promise<void> {
  await sql`update cards set started_at = s.at
    from (
      select c.id, min(case when a.stage is null then null else h.at end) as at
      from cards as c
      join card_history as h on h.card_id = c.id
      left join report_active_stages as a
        on a.workflow_key = c.workflow_key and a.stage = h.to_stage
      where c.workflow_key = ${workflowKey}
      group by c.id
    ) as s
    where s.id = cards.id and cards.started_at is distinct from s.at`.execute(db);
}
