// Survey rows: created when a card closes, answered once (the update only matches an unanswered
// row, so two answers racing cannot both land).
import type { Kysely } from 'kysely';
import type { Database, SurveyRow } from '../db/schema.ts';

type Db = Kysely<Database>;

export async function insertSurvey(db: Db, row: SurveyRow): Promise<void> {
  await db.insertInto('surveys').values(row).execute();
}

export function findSurvey(db: Db, id: string): Promise<SurveyRow | undefined> {
  return db.selectFrom('surveys').selectAll().where('id', '=', id).executeTakeFirst();
}

export function latestSurveyOfCard(db: Db, cardId: string): Promise<SurveyRow | undefined> {
  return db
    .selectFrom('surveys')
    .selectAll()
    .where('card_id', '=', cardId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .executeTakeFirst();
}

/** True when this call recorded the answer; false when the survey was already answered. */
export async function recordAnswer(
  db: Db,
  id: string,
  answer: { score: number; comment: string | null; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('surveys')
    .set({ score: answer.score, comment: answer.comment, answered_at: answer.at })
    .where('id', '=', id)
    .where('answered_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Answered surveys of a workflow, counted by score. */
export async function scoreCounts(db: Db, workflowKey: string) {
  const rows = await db
    .selectFrom('surveys')
    .select(['score', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('workflow_key', '=', workflowKey)
    .where('answered_at', 'is not', null)
    .groupBy('score')
    .execute();
  const sent = await db
    .selectFrom('surveys')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('workflow_key', '=', workflowKey)
    .executeTakeFirstOrThrow();
  return {
    byScore: rows.map((row) => ({ score: Number(row.score), count: Number(row.count) })),
    sent: Number(sent.count),
  };
}
