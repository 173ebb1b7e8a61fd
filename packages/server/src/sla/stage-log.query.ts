// The stage entries of cards' history, which is what the engine's slaState() reads: the SLA is
// computed from history every time, so a changed policy recomputes open cards without a write.
import type { StageEntry } from '@stageflow/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

/** Card id → its stage entries in order, for the given cards (a board window; one query). */
export async function stageLogsOfCards(
  db: Db,
  cardIds: string[],
): Promise<Map<string, StageEntry[]>> {
  const rows = await db
    .selectFrom('card_history')
    .select(['card_id', 'to_stage', 'at'])
    .where('card_id', 'in', cardIds)
    .where((eb) =>
      eb.or([eb('from_stage', 'is', null), eb('from_stage', '<>', eb.ref('to_stage'))]),
    )
    .orderBy('card_id')
    .orderBy('revision')
    .execute();
  const logs = new Map<string, StageEntry[]>();
  for (const row of rows) {
    let log = logs.get(row.card_id);
    if (!log) logs.set(row.card_id, (log = []));
    log.push({ stage: row.to_stage, at: row.at });
  }
  return logs;
}

export async function stageLogOfCard(db: Db, cardId: string): Promise<StageEntry[]> {
  const rows = await db
    .selectFrom('card_history')
    .select(['to_stage', 'at'])
    .where('card_id', '=', cardId)
    .where((eb) =>
      eb.or([eb('from_stage', 'is', null), eb('from_stage', '<>', eb.ref('to_stage'))]),
    )
    .orderBy('revision')
    .execute();
  return rows.map((r) => ({ stage: r.to_stage, at: r.at }));
}
